import fc from 'fast-check';
import { httpApiEvents } from '../events/http-api-events';
import { invokeThroughHttpApi } from './invoke-through-http-api';

// The payload 2.0 model's promises, over generated results.
const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/);
const responseObject = fc.record({
  statusCode: fc.integer({ min: 100, max: 599 }),
  headers: fc.dictionary(headerName, fc.string({ maxLength: 30 })),
  body: fc.string({ maxLength: 200 }),
});
const noStatus = fc
  .dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }))
  .filter((object) => !('statusCode' in object));

describe('the payload 2.0 model, for any result', () => {
  it('infers a 200 for any object without statusCode, its JSON as the body', async () => {
    await fc.assert(
      fc.asyncProperty(noStatus, async (result) => {
        const answer = await invokeThroughHttpApi(async () => result, httpApiEvents.jsonBody());
        expect(answer.statusCode).toBe(200);
        expect(answer.inferred).toBeDefined();
        expect(JSON.parse(answer.body)).toEqual(JSON.parse(JSON.stringify(result)));
      }),
    );
  });

  it('delivers any response object with its own status and body, and never says it inferred one', async () => {
    await fc.assert(
      fc.asyncProperty(responseObject, async (result) => {
        const answer = await invokeThroughHttpApi(async () => result, httpApiEvents.jsonBody());
        expect(answer).toMatchObject({ statusCode: result.statusCode, body: result.body });
        expect(answer.inferred).toBeUndefined();
        expect(answer.problem).toBeUndefined();
      }),
    );
  });

  it("with CORS configured, the client sees the configured origin, never the function's", async () => {
    await fc.assert(
      fc.asyncProperty(responseObject, fc.webUrl(), async (result, functionOrigin) => {
        const answer = await invokeThroughHttpApi(
          async () => ({
            ...result,
            headers: { ...result.headers, 'Access-Control-Allow-Origin': functionOrigin },
          }),
          httpApiEvents.fromOrigin('https://example.com'),
          { cors: { allowedOrigins: ['https://example.com'] } },
        );
        expect(answer.headers['access-control-allow-origin']).toBe('https://example.com');
      }),
    );
  });
});
