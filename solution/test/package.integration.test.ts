import { repoRoot } from '@workshop/paths';
import {
  methodIntegration,
  type PackagedService,
  packageService,
  resourcesOfType,
} from '@workshop/serverless/package-service';
import { lambdaTimeoutError, mapLambdaOutcome } from 'api-gateway-answer';

let service: PackagedService;
beforeAll(async () => {
  service = await packageService(repoRoot);
}, 120_000);

describe('serverless package (nothing leaves this machine)', () => {
  it('zips each function on its own: its bundled handler and nothing else, no node_modules, no TypeScript', () => {
    expect(
      service.artifacts.map((artifact) => [
        artifact.name,
        artifact.entries.map((entry) => entry.name),
      ]),
    ).toEqual([
      ['throw_error.zip', ['solution/src/handler.js']],
      ['throw_error_lambda.zip', ['solution/src/lambda-handler.js']],
      ['throw_error_v2.zip', ['solution/src/http-api-handler.js']],
    ]);
  });

  it('bundles each handler minified, without the AWS SDK and with no runtime dependency: under 2 KiB a zip', () => {
    // The bare 400 handler of step 05 zips to under 1 KiB (its own test checks it); the
    // solution adds the input checks, the error mapping and CORS of steps 06 to 08.
    for (const artifact of service.artifacts) {
      expect(artifact.bytes).toBeLessThanOrEqual(2048);
      expect(artifact.entries[0].size).toBeLessThan(4096);
    }
  });

  it('deploys the three functions on nodejs24.x', () => {
    const functions = resourcesOfType(service, 'AWS::Lambda::Function').map((fn) => fn.Properties);
    expect(functions).toEqual([
      expect.objectContaining({
        Runtime: 'nodejs24.x',
        Handler: 'solution/src/handler.throwError',
      }),
      expect.objectContaining({
        Runtime: 'nodejs24.x',
        Handler: 'solution/src/lambda-handler.throwErrorLambda',
      }),
      expect.objectContaining({
        Runtime: 'nodejs24.x',
        Handler: 'solution/src/http-api-handler.throwErrorHttpApi',
      }),
    ]);
  });

  it('wires POST /throw to the function with the Lambda-proxy integration (AWS_PROXY)', () => {
    expect(methodIntegration(service, 'throw', 'POST')).toMatchObject({
      Type: 'AWS_PROXY',
      IntegrationHttpMethod: 'POST',
    });
  });

  it('wires POST /throw-lambda with the Lambda integration (AWS), its status mapped from the error message', () => {
    const integration = methodIntegration(service, 'throw-lambda', 'POST');
    expect(integration?.Type).toBe('AWS');
    expect(
      integration?.IntegrationResponses?.map((response) => [
        response.StatusCode,
        response.SelectionPattern,
      ]),
    ).toEqual([
      ['200', ''],
      ['400', '\\[400\\] [\\s\\S]*'],
      ['500', '\\[500\\] [\\s\\S]*'],
      ['502', '[^\\[][\\s\\S]*'],
    ]);
  });

  it('answers a failure the function never reported (a timeout) with a 502 that shows nothing of it, as AWS would', () => {
    const answer = mapLambdaOutcome(
      { error: lambdaTimeoutError },
      methodIntegration(service, 'throw-lambda', 'POST')?.IntegrationResponses ?? [],
    );
    expect(answer).toBeMappedToStatus(502);
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
    });
  });

  it('adds the OPTIONS preflight for the allowed origin only, on a MOCK integration', () => {
    const options = resourcesOfType(service, 'AWS::ApiGateway::Method').find(
      (method) => method.Properties.HttpMethod === 'OPTIONS',
    );
    expect(options?.Properties.Integration).toMatchObject({
      Type: 'MOCK',
      IntegrationResponses: [
        expect.objectContaining({
          ResponseParameters: expect.objectContaining({
            'method.response.header.Access-Control-Allow-Origin': "'http://localhost:5173'",
          }),
        }),
      ],
    });
  });

  it("gives API Gateway's own 4XX and 5XX answers the CORS header too (gateway responses)", () => {
    const responses = resourcesOfType(service, 'AWS::ApiGateway::GatewayResponse');
    expect(responses.map((response) => response.Properties.ResponseType).sort()).toEqual([
      'DEFAULT_4XX',
      'DEFAULT_5XX',
    ]);
    for (const response of responses) {
      expect(response.Properties).toMatchObject({
        RestApiId: { Ref: 'ApiGatewayRestApi' },
        ResponseParameters: {
          'gatewayresponse.header.Access-Control-Allow-Origin': "'http://localhost:5173'",
        },
      });
    }
  });

  it('passes the allowed origin to the functions', () => {
    for (const fn of resourcesOfType(service, 'AWS::Lambda::Function')) {
      expect(fn.Properties.Environment).toEqual({
        Variables: { ALLOWED_ORIGINS: 'http://localhost:5173' },
      });
    }
  });

  it('puts POST /v2/throw on an HTTP API whose Lambda integration uses payload format 2.0', () => {
    const [route] = resourcesOfType(service, 'AWS::ApiGatewayV2::Route');
    expect(route.Properties.RouteKey).toBe('POST /v2/throw');
    const [integration] = resourcesOfType(service, 'AWS::ApiGatewayV2::Integration');
    expect(integration.Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });

  it("configures the HTTP API's CORS for the allowed origin: API Gateway adds it to the function's errors", () => {
    const [api] = resourcesOfType(service, 'AWS::ApiGatewayV2::Api');
    expect(api.Properties).toMatchObject({
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: ['http://localhost:5173'],
        AllowHeaders: ['Content-Type'],
        ExposeHeaders: ['X-Request-Id'],
      },
    });
    expect((api.Properties.CorsConfiguration as { AllowMethods: string[] }).AllowMethods).toEqual(
      expect.arrayContaining(['OPTIONS', 'POST']),
    );
  });

  it('gives the same function a public Function URL with CORS for the allowed origin', () => {
    const [url] = resourcesOfType(service, 'AWS::Lambda::Url');
    expect(url.Properties).toMatchObject({
      AuthType: 'NONE',
      Cors: {
        AllowOrigins: ['http://localhost:5173'],
        AllowHeaders: ['Content-Type'],
        AllowMethods: ['POST'],
        ExposeHeaders: ['X-Request-Id'],
      },
    });
  });
});
