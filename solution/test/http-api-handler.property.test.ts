import { lambdaContext } from '@workshop/fixtures/lambda-context';
import { invokeThroughHttpApi } from 'api-gateway-answer';
import { postEventV2 } from 'api-gateway-answer/events';
import fc from 'fast-check';
import { throwErrorHttpApi } from '../src/http-api-handler';

// POST /v2/throw over generated payload 2.0 requests, judged by the HTTP API model: any body
// and any headers get the documented 4xx, never a 500 and never an inferred 200.
const RUNS = 2_000;

const body = fc.oneof(
  fc.constant(undefined),
  fc.constant(''),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc.constantFrom('{"__proto__": {"polluted": true}}', '['.repeat(5_000), '\u0000\u0001'),
);
const headers = fc.dictionary(
  fc.oneof(fc.constantFrom('content-type', 'origin', 'accept'), fc.string({ maxLength: 20 })),
  fc.oneof(
    fc.constantFrom('application/json', 'text/plain', 'http://localhost:5173', ''),
    fc.string({ maxLength: 40 }),
  ),
  { maxKeys: 5 },
);

beforeAll(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
afterAll(() => jest.restoreAllMocks());

describe('POST /v2/throw, for any request an HTTP API could send', () => {
  it(`answers a 400 or 415 problem+json with a statusCode of its own (${RUNS} requests)`, async () => {
    await fc.assert(
      fc.asyncProperty(body, headers, fc.uuid(), async (text, sent, requestId) => {
        const event = postEventV2(text, sent);
        // postEventV2 keeps the fixture's content-type unless the request sets one.
        const answer = await invokeThroughHttpApi(
          throwErrorHttpApi,
          event,
          { cors: { allowedOrigins: ['http://localhost:5173'] } },
          lambdaContext(requestId),
        );
        expect(answer.problem).toBeUndefined();
        expect(answer.inferred).toBeUndefined();
        expect([400, 415]).toContain(answer.statusCode);
        expect(answer.headers['content-type']).toBe('application/problem+json');
        expect(JSON.parse(answer.body)).toMatchObject({ status: answer.statusCode, requestId });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
