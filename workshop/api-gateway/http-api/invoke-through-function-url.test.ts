import { asFunctionUrlEvent, httpApiEvents } from '../../fixtures/http-api-events';
import { FUNCTION_URL_ERROR_BODY, invokeThroughFunctionUrl } from './index';

const event = asFunctionUrlEvent(httpApiEvents.jsonBody());
const problem = {
  statusCode: 400,
  headers: { 'Content-Type': 'application/problem+json' },
  body: '{"title":"Bad Request","status":400}',
};

describe('a Lambda Function URL', () => {
  it('infers a 200 for an object without statusCode, like an HTTP API (recorded)', async () => {
    const answer = await invokeThroughFunctionUrl(async () => ({ error: 'Bad Request' }), event);
    expect(answer).toMatchObject({ statusCode: 200, frontDoor: 'Function URL' });
    expect(answer.evidence?.level).toBe('recorded');
    expect(() => expect(answer).toBeDeliveredWithStatus(400)).toThrow(
      'Expected the client to receive 400, but the Function URL inferred a 200: the result has no statusCode',
    );
  });

  it('answers a throw with 502 and a plain-text body (recorded), no API Gateway in between', async () => {
    const answer = await invokeThroughFunctionUrl(() => {
      throw new Error('boom');
    }, event);
    expect(answer).toMatchObject({ statusCode: 502, body: FUNCTION_URL_ERROR_BODY });
    expect(() => expect(answer).toBeDeliveredWithStatus(400)).toThrow(
      'Expected the client to receive 400, but the Function URL would answer 502 Internal Server Error: the function threw',
    );
  });

  it("adds the URL's CORS headers, which win over the function's; the function's others stay", async () => {
    const answer = await invokeThroughFunctionUrl(
      async () => ({
        ...problem,
        headers: { ...problem.headers, 'Access-Control-Allow-Origin': 'https://wrong.example' },
      }),
      asFunctionUrlEvent(httpApiEvents.fromOrigin()),
      {
        cors: { allowedOrigins: ['https://example.com'], exposedResponseHeaders: ['X-Request-Id'] },
      },
    );
    expect(answer).toBeDeliveredWithStatus(400);
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', 'https://example.com');
    expect(answer).toHaveGatewayHeader('Access-Control-Expose-Headers', 'X-Request-Id');
  });

  it("keeps the function's own CORS headers when the URL has no CORS configured", async () => {
    const answer = await invokeThroughFunctionUrl(
      async () => ({ ...problem, headers: { 'Access-Control-Allow-Origin': '*' } }),
      asFunctionUrlEvent(httpApiEvents.fromOrigin()),
    );
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', '*');
  });

  it('answers a preflight itself when CORS is configured', async () => {
    const handler = jest.fn();
    const answer = await invokeThroughFunctionUrl(
      handler,
      asFunctionUrlEvent(httpApiEvents.preflight()),
      { cors: true },
    );
    expect(handler).not.toHaveBeenCalled();
    expect(answer.headers['access-control-allow-methods']).toBe('*');
  });
});
