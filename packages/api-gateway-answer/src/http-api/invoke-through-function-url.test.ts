import { asFunctionUrlEvent, httpApiEvents } from '../events/http-api-events';
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

  it.each([99, 600, 1000])(
    'refuses a statusCode of %i, outside 100–599 (documented), with its 502',
    async (statusCode) => {
      const answer = await invokeThroughFunctionUrl(async () => ({ statusCode, body: '' }), event);
      expect(answer).toMatchObject({ statusCode: 502, body: FUNCTION_URL_ERROR_BODY });
      expect(answer.problem).toMatch(/between 100 and 599/);
      expect(answer.evidence?.level).toBe('documented');
    },
  );

  it.each([100, 599])('serves a statusCode of %i, inside the range', async (statusCode) => {
    const answer = await invokeThroughFunctionUrl(async () => ({ statusCode, body: '' }), event);
    expect(answer.statusCode).toBe(statusCode);
    expect(answer.problem).toBeUndefined();
  });

  it("adds the URL's CORS headers beside the function's other headers (documented)", async () => {
    const answer = await invokeThroughFunctionUrl(
      async () => problem,
      asFunctionUrlEvent(httpApiEvents.fromOrigin()),
      {
        cors: { allowedOrigins: ['https://example.com'], exposedResponseHeaders: ['X-Request-Id'] },
      },
    );
    expect(answer).toBeDeliveredWithStatus(400);
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', 'https://example.com');
    expect(answer).toHaveGatewayHeader('Access-Control-Expose-Headers', 'X-Request-Id');
    expect(answer).toPassTheBrowsersCorsCheck();
  });

  it("sends both the URL's and the function's Access-Control-Allow-Origin, which the browser rejects (documented)", async () => {
    const answer = await invokeThroughFunctionUrl(
      async () => ({
        ...problem,
        headers: { ...problem.headers, 'Access-Control-Allow-Origin': 'https://example.com' },
      }),
      asFunctionUrlEvent(httpApiEvents.fromOrigin()),
      { cors: { allowedOrigins: ['https://example.com'] } },
    );
    expect(answer.headers['access-control-allow-origin']).toBe(
      'https://example.com, https://example.com',
    );
    expect(answer.browserRejects).toMatch(/^duplicate Access-Control-Allow-Origin/);
    expect(() => expect(answer).toPassTheBrowsersCorsCheck()).toThrow(
      /but it would not: duplicate Access-Control-Allow-Origin .*the function must set no CORS headers of its own/,
    );
    expect(() =>
      expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', 'https://example.com'),
    ).toThrow('Duplicate Access-Control-Allow-Origin');
  });

  it("leaves the function's CORS headers alone for an origin the URL does not allow", async () => {
    const answer = await invokeThroughFunctionUrl(
      async () => ({ ...problem, headers: { 'Access-Control-Allow-Origin': '*' } }),
      asFunctionUrlEvent(httpApiEvents.fromOrigin('https://elsewhere.example')),
      { cors: { allowedOrigins: ['https://example.com'] } },
    );
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', '*');
    expect(answer).toPassTheBrowsersCorsCheck();
  });

  it('says the browser keeps an answer without Access-Control-Allow-Origin from the page', async () => {
    const answer = await invokeThroughFunctionUrl(
      async () => problem,
      asFunctionUrlEvent(httpApiEvents.fromOrigin('https://elsewhere.example')),
      { cors: { allowedOrigins: ['https://example.com'] } },
    );
    expect(answer.browserRejects).toBe(
      'the answer has no Access-Control-Allow-Origin for https://elsewhere.example: the browser keeps it from the page',
    );
  });

  it('judges no CORS for a request without an Origin: it is not a CORS request', async () => {
    const answer = await invokeThroughFunctionUrl(async () => problem, event, { cors: true });
    expect(answer.browserRejects).toBeUndefined();
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
    expect(answer).toPassTheBrowsersCorsCheck();
  });

  it('models only the default invoke mode, BUFFERED: RESPONSE_STREAM is refused with what it changes', async () => {
    const handler = async () => problem;
    await expect(
      invokeThroughFunctionUrl(handler, event, { invokeMode: 'BUFFERED' }),
    ).resolves.toMatchObject({ statusCode: 400 });
    await expect(
      invokeThroughFunctionUrl(handler, event, { invokeMode: 'RESPONSE_STREAM' }),
    ).rejects.toThrow(/^url\.invokeMode is RESPONSE_STREAM: .*InvokeWithResponseStream/);
    await expect(
      invokeThroughFunctionUrl(handler, event, { invokeMode: 'STREAM' }),
    ).rejects.toThrow('url.invokeMode must be BUFFERED or RESPONSE_STREAM, got "STREAM".');
  });
});
