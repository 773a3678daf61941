import { banner, pageLine, rebuildNews } from './serve-local-api';

describe("serve's banner", () => {
  const printed = banner([
    {
      method: 'GET',
      url: 'http://localhost:3000/dev/items/123',
      door: 'REST API',
      path: '/items/{id}',
    },
    {
      method: 'DELETE',
      url: 'http://localhost:3000/dev/items/123',
      door: 'REST API',
      path: '/items/{id}',
    },
    {
      method: 'ANY',
      url: 'http://localhost:3000/dev/some/path',
      door: 'REST API',
      path: '/{proxy+}',
    },
  ]);

  it('lists each route with the URL to call and, for one with parameters, its path', () => {
    expect(printed).toContain(
      '  GET    http://localhost:3000/dev/items/123  (REST API: /items/{id})\n',
    );
  });

  it('gives every route a curl line with example values, never the braces', () => {
    expect(printed).toContain('  curl -i http://localhost:3000/dev/items/123\n');
    expect(printed).toContain('  curl -i -X DELETE http://localhost:3000/dev/items/123\n');
    expect(printed).toContain(
      `  curl -i -X POST http://localhost:3000/dev/some/path -H 'Content-Type: application/json' --data '{"blah": "blah1"}'\n`,
    );
    expect(printed.split('Try it:')[1]).not.toMatch(/\{\w+\+?\}/);
  });
});

describe("serve's banner, for what the local API does not model", () => {
  const printed = banner(
    [{ method: 'GET', url: 'http://localhost:3000/dev/private', door: 'REST API' }],
    [
      {
        resource: 'AuthorizeApiGatewayAuthorizer',
        property: 'AuthorizationType: CUSTOM',
        reason: 'an authorizer (CUSTOM)',
        kind: 'not modelled',
        routes: [{ door: 'REST API', method: 'GET', path: '/private' }],
        source: 'https://aws.example/authorizers',
      },
      {
        resource: 'GatewayResponseDefault4XX',
        property: 'ResponseParameters.gatewayresponse.header.Access-Control-Allow-Origin',
        reason: 'without its inner quotes',
        kind: 'refused at deploy',
        routes: [],
        source: 'https://aws.example/gateway-responses',
      },
    ],
  );

  it('names each gap by resource and property, with the routes that answer 501 and the AWS page that says what AWS does', () => {
    expect(printed).toContain(
      'Not modelled here: a request on a route named below answers 501, never a guess.\n  AuthorizeApiGatewayAuthorizer, AuthorizationType: CUSTOM: an authorizer (CUSTOM)\n    501 on GET /private (REST API)\n    On AWS: https://aws.example/authorizers\n',
    );
  });

  it('says apart what AWS would refuse at deploy', () => {
    expect(printed).toContain(
      'AWS would refuse this deploy: the routes it names answer 501 here.\n  GatewayResponseDefault4XX, ResponseParameters.gatewayresponse.header.Access-Control-Allow-Origin: without its inner quotes\n',
    );
  });
});

describe('what serve says after a rebuild', () => {
  const refused = {
    resource: 'GatewayResponseDefault4XX',
    property: 'ResponseParameters.gatewayresponse.header.Access-Control-Allow-Origin',
    reason: 'without its inner quotes',
    kind: 'refused at deploy' as const,
    routes: [],
    source: 'https://aws.example/gateway-responses',
  };

  it('names a function URL it now serves, a mistake the save made, and one it fixed', () => {
    const news = rebuildNews({
      outcome: 'rebuilt',
      added: [{ method: 'ANY', url: 'http://localhost:3100/', door: 'Function URL' }],
      gaps: { appeared: [refused], gone: [{ ...refused, resource: 'GatewayResponseDefault5XX' }] },
    }).join('\n');
    expect(news).toContain('Now also serving: ANY http://localhost:3100/  (Function URL)');
    expect(news).toMatch(
      /AWS would refuse this deploy now:\n {2}GatewayResponseDefault4XX, .*without its inner quotes/,
    );
    expect(news).toContain('Fixed: GatewayResponseDefault5XX, ResponseParameters');
  });

  it('says nothing more when the rebuild changed none of them', () => {
    expect(
      rebuildNews({ outcome: 'rebuilt', added: [], gaps: { appeared: [], gone: [] } }),
    ).toEqual([]);
  });
});

describe("serve's line for its page", () => {
  it('calls the origin allowed for a step, whose serverless.yml allows it', () => {
    expect(pageLine('http://localhost:5173', true)).toMatch(
      /^A page on the allowed origin calls these routes/,
    );
  });

  it('says what decides, for a service of its own (serve --dir)', () => {
    const line = pageLine('http://localhost:5173', false);
    expect(line).not.toContain('allowed origin');
    expect(line).toContain("up to the service's own CORS: it must allow http://localhost:5173");
  });
});

describe("serve's banner, for a key the framework ignores", () => {
  it('names it, says the route is served as AWS would, and promises no 501', () => {
    const printed = banner(
      [{ method: 'POST', url: 'http://localhost:3000/throw', door: 'HTTP API' }],
      [
        {
          resource: 'functions.throw_error.events[0].httpApi',
          property: 'cors',
          reason: 'cors sits on the httpApi event, where the framework does not read it',
          kind: 'ignored by the framework',
          routes: [{ door: 'HTTP API', method: 'POST', path: '/throw' }],
          source: 'https://aws.example/http-api-cors',
        },
      ],
    );
    expect(printed).toMatch(
      /Ignored by the framework: AWS deploys as if it were absent.*\n {2}functions\.throw_error\.events\[0\]\.httpApi, cors: cors sits on the httpApi event/,
    );
    expect(printed).not.toContain('501');
  });
});
