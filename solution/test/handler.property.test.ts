import { lambdaContext } from '@workshop/fixtures/lambda-context';
import { invokeThroughApiGateway } from 'api-gateway-answer';
import { restEvents } from 'api-gateway-answer/events';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import fc from 'fast-check';
import { throwError } from '../src/handler';

// Properties of POST /throw over generated API Gateway events: any body, any headers,
// missing fields, huge and binary bodies, prototype-polluting keys. 10,000 runs.
const RUNS = 10_000;

const hugeJson = JSON.stringify({
  items: Array.from({ length: 20_000 }, (_, i) => ({ i, text: 'x'.repeat(20) })),
});
const nastyBodies = [
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"a": 1, "a": 2}',
  '\u0000\u0001\u0002',
  '{"unterminated": "',
  hugeJson,
  '['.repeat(5_000),
];

const body = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc
    .dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }))
    .map((value) => JSON.stringify(value)),
  fc.constantFrom(...nastyBodies),
);

const ALLOWED_ORIGIN = 'http://localhost:5173';
const headerName = fc.oneof(
  fc.constantFrom(
    'Content-Type',
    'content-type',
    'CONTENT-TYPE',
    'Accept',
    'Origin',
    'origin',
    'X-Forwarded-For',
  ),
  fc.string({ maxLength: 20 }),
);
const headerValue = fc.oneof(fc.constant(ALLOWED_ORIGIN), fc.string({ maxLength: 50 }));
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/problem+json',
    'application/x-www-form-urlencoded',
    'text/plain',
    'multipart/form-data; boundary=x',
    '',
  ),
  fc.string({ maxLength: 30 }),
);
const headers = fc.oneof(
  fc.constant(null),
  fc.dictionary(headerName, headerValue, { maxKeys: 6 }),
  contentType.map((value) => ({ 'Content-Type': value })),
);

const event = fc
  .record({
    body,
    headers,
    isBase64Encoded: fc.boolean(),
    binary: fc.option(fc.uint8Array({ maxLength: 2_000 }), { nil: undefined }),
    httpMethod: fc.constantFrom('POST', 'GET', 'PUT', 'DELETE', 'PATCH'),
    query: fc.option(
      fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
      { nil: null },
    ),
  })
  .map(
    ({
      body: text,
      headers: eventHeaders,
      isBase64Encoded,
      binary,
      httpMethod,
      query,
    }): APIGatewayProxyEvent => {
      const base = restEvents.jsonBody();
      return {
        ...base,
        httpMethod,
        headers: eventHeaders as APIGatewayProxyEvent['headers'],
        multiValueHeaders: {},
        queryStringParameters: query,
        // A binary body arrives base64-encoded; otherwise isBase64Encoded may even lie.
        body: binary ? Buffer.from(binary).toString('base64') : text,
        isBase64Encoded: binary ? true : isBase64Encoded,
      };
    },
  );

beforeAll(() => {
  process.env.ALLOWED_ORIGINS = ALLOWED_ORIGIN;
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterAll(() => {
  delete process.env.ALLOWED_ORIGINS;
  jest.restoreAllMocks();
});

const originOf = (event: APIGatewayProxyEvent) =>
  Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'origin')?.[1];

describe('POST /throw, for any event API Gateway could send', () => {
  it(`never throws; always a well-formed 4xx problem+json naming the request, CORS exactly for the allowed origin, never a stack trace (${RUNS} events)`, async () => {
    let count = 0;
    await fc.assert(
      fc.asyncProperty(event, fc.uuid(), async (generated, requestId) => {
        count += 1;
        const answer = await invokeThroughApiGateway(
          throwError,
          generated,
          lambdaContext(requestId),
        );
        expect(answer.problem).toBeUndefined();
        expect([400, 415]).toContain(answer.statusCode);
        expect(answer.headers['content-type']).toBe('application/problem+json');
        expect(answer.headers['x-request-id']).toBe(requestId);
        const problem = JSON.parse(answer.body) as Record<string, unknown>;
        expect(problem).toMatchObject({
          type: 'about:blank',
          status: answer.statusCode,
          requestId,
        });
        expect(answer.body).not.toMatch(/\bat .+:\d+:\d+|SyntaxError|TypeError|Unexpected token/);
        expect(answer.headers['access-control-allow-origin']).toBe(
          originOf(generated) === ALLOWED_ORIGIN ? ALLOWED_ORIGIN : undefined,
        );
      }),
      { numRuns: RUNS },
    );
    expect(count).toBeGreaterThanOrEqual(RUNS);
  }, 120_000);

  it('a body with __proto__ or constructor keys pollutes no prototype', async () => {
    for (const text of nastyBodies.slice(0, 2))
      await throwError({ ...restEvents.jsonBody(), body: text }, lambdaContext());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
