import { lambdaContext } from '@workshop/fixtures/lambda-context';
import { invokeThroughFunctionUrl, invokeThroughHttpApi } from 'api-gateway-answer';
import {
  asFunctionUrlEvent,
  type HttpApiEventName,
  httpApiEvents,
  postEventV2,
} from 'api-gateway-answer/events';
import { throwErrorHttpApi } from '../src/http-api-handler';

const requestId = '87f10bcd-7c85-46d5-bcd7-493aca45e1f0';
const ORIGIN = 'http://localhost:5173';
// As in serverless.yml: provider.httpApi.cors and the function's url.cors.
const httpApiCors = {
  allowedOrigins: [ORIGIN],
  allowedHeaders: ['Content-Type'],
  exposedResponseHeaders: ['X-Request-Id'],
};
const urlCors = { ...httpApiCors, allowedMethods: ['POST'] };

let logged: string[];
beforeEach(() => {
  logged = [];
  jest.spyOn(console, 'log').mockImplementation((line: unknown) => void logged.push(String(line)));
});
afterEach(() => jest.restoreAllMocks());

describe('POST /v2/throw through an HTTP API (payload 2.0)', () => {
  const cases: Array<[HttpApiEventName, RegExp]> = [
    ['jsonBody', /always answers 400/],
    ['base64Body', /always answers 400/],
    ['notJson', /not valid JSON/],
    ['noBody', /no body/],
  ];

  it.each(cases)(
    '%s: a 400 problem+json with a statusCode, never an inferred 200',
    async (name, detail) => {
      const answer = await invokeThroughHttpApi(
        throwErrorHttpApi,
        httpApiEvents[name](),
        { cors: httpApiCors },
        lambdaContext(requestId),
      );
      expect(answer).toBeDeliveredWithStatus(400);
      expect(answer.inferred).toBeUndefined();
      expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
      expect(answer).toHaveGatewayHeader('X-Request-Id', requestId);
      expect(JSON.parse(answer.body)).toMatchObject({
        status: 400,
        detail: expect.stringMatching(detail),
      });
    },
  );

  it('logs the body it read as one JSON line with a message, for CloudWatch Logs', async () => {
    await invokeThroughHttpApi(throwErrorHttpApi, httpApiEvents.jsonBody());
    expect(logged.map((line) => JSON.parse(line))).toContainEqual({
      message: 'Received request body',
      bytes: 16,
      preview: '{"blah":"blah1"}',
    });
    expect(logged.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('logs a large body as its size and first characters, never whole', async () => {
    await invokeThroughHttpApi(
      throwErrorHttpApi,
      postEventV2(JSON.stringify({ text: 'x'.repeat(1_000_000) })),
    );
    // Its size and first characters, never the whole body (size, cost, personal data).
    expect(Math.max(...logged.map((line) => line.length))).toBeLessThanOrEqual(300);
  });

  it('a text/plain body is a 415', async () => {
    const answer = await invokeThroughHttpApi(
      throwErrorHttpApi,
      postEventV2('hello', { 'content-type': 'text/plain' }),
    );
    expect(answer).toBeDeliveredWithStatus(415);
  });

  it('the browser on the allowed origin gets the CORS header on the 400 from API Gateway, not from the function', async () => {
    const answer = await invokeThroughHttpApi(throwErrorHttpApi, httpApiEvents.fromOrigin(ORIGIN), {
      cors: httpApiCors,
    });
    expect(answer).toBeDeliveredWithStatus(400);
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ORIGIN);
    expect(answer).toHaveGatewayHeader('Access-Control-Expose-Headers', 'X-Request-Id');
    // Without the API's CORS configuration the client would get none: the function adds none.
    const bare = await invokeThroughHttpApi(throwErrorHttpApi, httpApiEvents.fromOrigin(ORIGIN));
    expect(bare.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("the preflight is the HTTP API's: the function never runs", async () => {
    const answer = await invokeThroughHttpApi(throwErrorHttpApi, httpApiEvents.preflight(ORIGIN), {
      cors: httpApiCors,
    });
    expect(answer.statusCode).toBe(204);
    expect(console.log).not.toHaveBeenCalled();
  });
});

describe('the same function through its Function URL', () => {
  it('answers 400 problem+json with the CORS header from the URL configuration, once: the function sets none', async () => {
    const answer = await invokeThroughFunctionUrl(
      throwErrorHttpApi,
      asFunctionUrlEvent(httpApiEvents.fromOrigin(ORIGIN)),
      { cors: urlCors },
      lambdaContext(requestId),
    );
    expect(answer).toBeDeliveredWithStatus(400);
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ORIGIN);
    expect(answer).toPassTheBrowsersCorsCheck();
    expect(answer).toHaveGatewayHeader('X-Request-Id', requestId);
  });
});
