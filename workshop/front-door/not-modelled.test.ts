import { gapMessage, gapOn, gapReached, notModelledIn } from 'api-gateway-answer/local-api';
import type { CompiledService } from '../serverless/compile-template';

// Table-driven: what in a compiled template the local API names as not modelled (or refused
// at deploy), by resource and property, and the routes that answer 501 for it.

type Resources = CompiledService['resources'];

const itemsResource: Resources = {
  ApiGatewayResourceItems: {
    Type: 'AWS::ApiGateway::Resource',
    Properties: {
      PathPart: 'items',
      ParentId: { 'Fn::GetAtt': ['ApiGatewayRestApi', 'RootResourceId'] },
    },
  },
  ItemsLambdaFunction: {
    Type: 'AWS::Lambda::Function',
    Properties: { Handler: 'src/items.handler' },
  },
};
const lambdaUri = { 'Fn::Join': ['', ['arn:', { 'Fn::GetAtt': ['ItemsLambdaFunction', 'Arn'] }]] };
const method = (properties: Record<string, unknown>): Resources => ({
  ...itemsResource,
  ApiGatewayMethodItemsGet: {
    Type: 'AWS::ApiGateway::Method',
    Properties: {
      HttpMethod: 'GET',
      ResourceId: { Ref: 'ApiGatewayResourceItems' },
      AuthorizationType: 'NONE',
      Integration: { Type: 'AWS_PROXY', Uri: lambdaUri },
      ...properties,
    },
  },
});
const compiled = (
  resources: Resources,
  config: CompiledService['config'] = {},
): CompiledService => ({
  config,
  resources,
});

const rows: Array<{
  what: string;
  service: CompiledService;
  named: Array<[string, string, string[]]>;
}> = [
  {
    what: 'a method with a Lambda proxy integration: nothing',
    service: compiled(method({})),
    named: [],
  },
  {
    what: 'a Lambda authorizer',
    service: compiled(
      method({
        AuthorizationType: 'CUSTOM',
        AuthorizerId: { Ref: 'AuthorizeApiGatewayAuthorizer' },
      }),
    ),
    named: [['AuthorizeApiGatewayAuthorizer', 'AuthorizationType: CUSTOM', ['GET /items']]],
  },
  {
    what: 'IAM authorization',
    service: compiled(method({ AuthorizationType: 'AWS_IAM' })),
    named: [['ApiGatewayMethodItemsGet', 'AuthorizationType: AWS_IAM', ['GET /items']]],
  },
  {
    what: 'an API key and its usage plan',
    service: compiled({
      ...method({ ApiKeyRequired: true }),
      ApiGatewayApiKey1: { Type: 'AWS::ApiGateway::ApiKey', Properties: {} },
      ApiGatewayUsagePlan: { Type: 'AWS::ApiGateway::UsagePlan', Properties: {} },
    }),
    named: [
      ['ApiGatewayMethodItemsGet', 'ApiKeyRequired: true', ['GET /items']],
      ['ApiGatewayApiKey1', 'AWS::ApiGateway::ApiKey', ['GET /items']],
      ['ApiGatewayUsagePlan', 'AWS::ApiGateway::UsagePlan', ['GET /items']],
    ],
  },
  {
    what: 'a request validator',
    service: compiled(method({ RequestValidatorId: { Ref: 'ItemsValidator' } })),
    named: [['ItemsValidator', 'RequestValidatorId', ['GET /items']]],
  },
  {
    what: 'an HTTP_PROXY integration',
    service: compiled(method({ Integration: { Type: 'HTTP_PROXY', Uri: 'https://example.com' } })),
    named: [['ApiGatewayMethodItemsGet', 'Integration.Type: HTTP_PROXY', ['GET /items']]],
  },
  {
    what: 'an AWS integration with another service (SQS)',
    service: compiled(
      method({ Integration: { Type: 'AWS', Uri: 'arn:aws:apigateway:us-east-2:sqs:path/q' } }),
    ),
    named: [['ApiGatewayMethodItemsGet', 'Integration.Uri', ['GET /items']]],
  },
  {
    what: 'a request template of your own (request.template)',
    service: compiled(method({ Integration: { Type: 'AWS', Uri: lambdaUri } }), {
      functions: {
        items: {
          handler: 'src/items.handler',
          events: [
            {
              http: {
                path: 'items',
                method: 'get',
                request: { template: { 'application/json': '{"id": "$input.params(\'id\')"}' } },
              },
            },
          ],
        },
      },
    }),
    named: [
      [
        'ApiGatewayMethodItemsGet',
        'Integration.RequestTemplates (request.template)',
        ['GET /items'],
      ],
    ],
  },
  {
    what: 'a custom domain',
    service: compiled({
      ...method({}),
      Domain: { Type: 'AWS::ApiGateway::DomainName', Properties: {} },
    }),
    named: [['Domain', 'AWS::ApiGateway::DomainName', []]],
  },
  {
    what: 'a gateway response value without its inner quotes: refused at deploy, every route',
    service: compiled({
      ...method({}),
      GatewayResponseDefault4XX: {
        Type: 'AWS::ApiGateway::GatewayResponse',
        Properties: {
          ResponseType: 'DEFAULT_4XX',
          ResponseParameters: {
            'gatewayresponse.header.Access-Control-Allow-Origin': 'http://localhost:5173',
            'gatewayresponse.header.X-Quoted': "'fine'",
            'gatewayresponse.header.X-Mapped': 'method.request.header.Origin',
          },
        },
      },
    }),
    named: [
      [
        'GatewayResponseDefault4XX',
        'ResponseParameters.gatewayresponse.header.Access-Control-Allow-Origin',
        ['GET /items'],
      ],
    ],
  },
  {
    what: 'cors on an httpApi event with no provider.httpApi.cors',
    service: compiled(
      {
        HttpApiRoutePostThrow: {
          Type: 'AWS::ApiGatewayV2::Route',
          Properties: {
            RouteKey: 'POST /throw',
            Target: { 'Fn::Join': ['/', ['integrations', { Ref: 'I' }]] },
          },
        },
        I: {
          Type: 'AWS::ApiGatewayV2::Integration',
          Properties: { IntegrationType: 'AWS_PROXY', IntegrationUri: lambdaUri },
        },
        ...itemsResource,
      },
      {
        functions: {
          throw_error: {
            handler: 'x',
            events: [{ httpApi: { path: '/throw', method: 'POST', cors: true } }],
          },
        },
      },
    ),
    named: [['functions.throw_error.events[0].httpApi', 'cors', ['POST /throw']]],
  },
];

describe('notModelledIn', () => {
  it.each(rows.map((row) => [row.what, row] as const))('%s', (_what, row) => {
    expect(
      notModelledIn(row.service).map((gap) => [
        gap.resource,
        gap.property,
        gap.routes.map((route) => `${route.method} ${route.path}`),
      ]),
    ).toEqual(row.named);
  });
});

describe('the 501 of a gap', () => {
  const [refused] = notModelledIn(rows[9].service);
  const [authorizer] = notModelledIn(rows[1].service);

  it('is found on the route it affects, and on no other', () => {
    expect(gapOn([authorizer], 'REST API', { method: 'GET', path: '/items' })).toBe(authorizer);
    expect(gapOn([authorizer], 'REST API', { method: 'POST', path: '/items' })).toBeUndefined();
    expect(gapOn([authorizer], 'HTTP API', { method: 'GET', path: '/items' })).toBeUndefined();
    expect(gapReached([authorizer], 'REST API', 'GET', '/items/')).toBe(authorizer);
  });

  it('says AWS refuses the deploy, in the words of the step test, or that it is not modelled', () => {
    expect(gapMessage(refused)).toMatch(
      /^AWS would refuse this deploy, so this route would not exist: The DEFAULT_4XX gateway response sets Access-Control-Allow-Origin to http:\/\/localhost:5173 without its inner quotes: .*AWS refuses the deploy \("Invalid mapping expression specified"\)/,
    );
    expect(gapMessage(authorizer)).toMatch(
      /^The workshop's local API does not model an authorizer \(CUSTOM\)/,
    );
  });
});
