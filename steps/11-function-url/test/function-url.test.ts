import path from 'node:path';
import {
  asFunctionUrlEvent,
  captureConsole,
  type FunctionUrlCors,
  httpApiEvents,
  invokeThroughFunctionUrl,
  lambdaContext,
  loadOnce,
  postEventV2,
  resolvedConfig,
} from '@workshop/testing';
import { throwErrorHttpApi } from '../src/http-api-handler';
import { withHttpApiErrors } from '../src/with-http-api-errors';

const requestId = '8c2e4b6f-1d3a-4f5e-9b7c-0a2d4e6f8b1c';
const ALLOWED = 'http://localhost:5173';

// The handler's log lines would only clutter the report.
captureConsole();

// A function URL applies the CORS configuration of `url.cors` to the function's answers: the
// checks read yours from serverless.yml, as the framework does, and apply it.
const fn = loadOnce(async () => {
  const config = await resolvedConfig(path.resolve(__dirname, '..'), {
    ALLOWED_ORIGIN: undefined,
  });
  return config.functions?.throw_error_http_api;
});
const urlSettings = () => {
  const url = fn()?.url;
  return typeof url === 'object' ? url : {};
};
const urlCors = () => urlSettings().cors as FunctionUrlCors | undefined;

/** Your url.cors; a failure that says where it belongs when it is not there. */
function requiredUrlCors(): FunctionUrlCors {
  const found = urlCors();
  if (found !== undefined) return found;
  const settings = fn() as Record<string, unknown> | undefined;
  throw new Error(
    !settings?.url
      ? 'throw_error_http_api has no function URL: give it a `url` in serverless.yml, next to its handler, with a `cors` of its own.'
      : settings.cors !== undefined
        ? 'cors sits on the function, where the framework does not read it: the function URL has no CORS configuration and the function sets no CORS headers, so a browser can read none of its answers. Move it under `url`: url.cors.'
        : "The function URL has no CORS configuration, and this function sets no CORS headers of its own: a browser can read none of its answers. The HTTP API's cors does not apply to it: give the URL its own, `url.cors`.",
  );
}

const throughUrl = (
  event = httpApiEvents.jsonBody(),
  handler: Parameters<typeof invokeThroughFunctionUrl>[0] = throwErrorHttpApi,
  cors = urlCors(),
) =>
  invokeThroughFunctionUrl(
    handler,
    asFunctionUrlEvent(event),
    // The model answers for the default invoke mode only: it refuses RESPONSE_STREAM, saying why.
    { cors, invokeMode: urlSettings().invokeMode },
    lambdaContext(requestId),
  );

/** Through the URL from a browser, with your url.cors, which must be there. */
const fromBrowser = (event: ReturnType<typeof httpApiEvents.fromOrigin>) =>
  throughUrl(event, throwErrorHttpApi, requiredUrlCors());

describe('POST to the function URL, as Lambda answers it', () => {
  it('answers a JSON body with a problem+json 400, not an inferred 200', async () => {
    const answer = await throughUrl();
    expect(answer).toBeDeliveredWithStatus(400);
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
  });

  it("answers an unexpected error with the error mapping's 500, not the URL's own 502", async () => {
    const crashing = withHttpApiErrors(async () => {
      throw new Error('boom');
    });
    const answer = await throughUrl(postEventV2('{}'), crashing);
    expect(answer).toBeDeliveredWithStatus(500);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 500, requestId });
  });
});

describe('a browser on the allowed origin, through the function URL', () => {
  it("gets Access-Control-Allow-Origin on the 400, from the URL's CORS configuration", async () => {
    const answer = await fromBrowser(httpApiEvents.fromOrigin(ALLOWED));
    expect(answer).toBeDeliveredWithStatus(400);
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ALLOWED);
  });

  it("may read the 400: one Access-Control-Allow-Origin, the URL's, as the function sets no CORS headers of its own", async () => {
    expect(await fromBrowser(httpApiEvents.fromOrigin(ALLOWED))).toPassTheBrowsersCorsCheck();
  });

  it('gets its preflight answered by the URL, with the allowed origin', async () => {
    const answer = await fromBrowser(httpApiEvents.preflight(ALLOWED));
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ALLOWED);
  });

  it('may read X-Request-Id: the answer exposes it', async () => {
    expect(await fromBrowser(httpApiEvents.fromOrigin(ALLOWED))).toHaveGatewayHeader(
      'Access-Control-Expose-Headers',
      /\bx-request-id\b/i,
    );
  });

  it('another origin gets no Access-Control-Allow-Origin', async () => {
    const answer = await throughUrl(httpApiEvents.fromOrigin('https://elsewhere.example'));
    expect(answer.headers).not.toHaveProperty('access-control-allow-origin');
  });
});
