import path from 'node:path';
import {
  captureConsole,
  corsOnHttpApiEvent,
  expectErrorLogged,
  type HttpApiCors,
  httpApiEvents,
  invokeThroughHttpApi,
  lambdaContext,
  loadOnce,
  postEventV2,
  resolvedConfig,
} from '@workshop/testing';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { throwErrorHttpApi } from '../src/http-api-handler';
import { withHttpApiErrors } from '../src/with-http-api-errors';

const requestId = '3f9d2c1a-5b7e-4d20-9c6a-2e8f0b1d4a77';
const ALLOWED = 'http://localhost:5173';

const logs = captureConsole();

const answerFor = (event: APIGatewayProxyEventV2) =>
  invokeThroughHttpApi(throwErrorHttpApi, event, {}, lambdaContext(requestId));

describe('POST /throw through an HTTP API (payload 2.0), as API Gateway on AWS answers it', () => {
  it('answers a JSON body with 400 Bad Request, not an inferred 200', async () => {
    expect(await answerFor(httpApiEvents.jsonBody())).toBeDeliveredWithStatus(400);
  });

  it('sends the problem+json body and says so in Content-Type', async () => {
    const answer = await answerFor(httpApiEvents.jsonBody());
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'This endpoint always answers 400 Bad Request.',
      requestId,
    });
  });

  it('names the Lambda request id in the X-Request-Id header', async () => {
    expect(await answerFor(httpApiEvents.jsonBody())).toHaveGatewayHeader(
      'X-Request-Id',
      requestId,
    );
  });

  it.each([
    ['a body that is not JSON', 400, httpApiEvents.notJson(), 'not valid JSON'],
    ['no body at all', 400, httpApiEvents.noBody(), 'no body'],
    [
      'a Content-Type that is not JSON',
      415,
      postEventV2('{}', { 'content-type': 'text/plain' }),
      'text/plain',
    ],
  ])('answers %s with a problem+json %d that says why', async (_case, status, event, why) => {
    const answer = await answerFor(event);
    expect(answer).toBeDeliveredWithStatus(status);
    expect(JSON.parse(answer.body)).toMatchObject({ status, detail: expect.stringContaining(why) });
  });
});

describe('withHttpApiErrors when something goes wrong inside', () => {
  const failing = (thrown: unknown) =>
    withHttpApiErrors(async () => {
      throw thrown;
    });
  const answerWhenThrowing = (thrown: unknown) =>
    invokeThroughHttpApi(failing(thrown), postEventV2('{}'), {}, lambdaContext(requestId));

  it('an unexpected error is a 500 problem+json that names the request and says nothing else', async () => {
    const answer = await answerWhenThrowing(
      new TypeError('connect ECONNREFUSED postgres://admin:s3cret@db.internal:5432'),
    );
    expect(answer).toBeDeliveredWithStatus(500);
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
    expect(
      answer.body.includes('ECONNREFUSED')
        ? `the 500 tells the client the error's message, password included: ${answer.body}`
        : 'the error stays in the log',
    ).toBe('the error stays in the log');
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      requestId,
    });
  });

  it('a thrown value that is not an Error is a 500 too', async () => {
    expect(await answerWhenThrowing('a string, thrown')).toBeDeliveredWithStatus(500);
  });

  it('logs the whole unexpected error, message and stack, with console.error', async () => {
    await answerWhenThrowing(
      new TypeError('connect ECONNREFUSED postgres://admin:s3cret@db.internal:5432'),
    );
    expectErrorLogged(logs, { message: 's3cret@db.internal', stack: /TypeError.*at /s });
  });
});

// API Gateway adds the CORS headers of provider.httpApi.cors to the function's answers: the
// checks read yours from serverless.yml, as the framework does, and apply it.
const config = loadOnce(() =>
  resolvedConfig(path.resolve(__dirname, '..'), { ALLOWED_ORIGIN: undefined }),
);
const cors = () => config().provider?.httpApi?.cors as HttpApiCors | undefined;

/** Your provider.httpApi.cors; a failure that says where it belongs when it is not there. */
function requiredCors(): HttpApiCors {
  const found = cors();
  if (found !== undefined) return found;
  const onAnEvent = Object.values(config().functions ?? {}).some((fn) =>
    fn.events?.some(
      (event) =>
        typeof event.httpApi === 'object' && event.httpApi !== null && 'cors' in event.httpApi,
    ),
  );
  throw new Error(
    onAnEvent
      ? corsOnHttpApiEvent()
      : 'The HTTP API has no CORS configuration, so API Gateway answers no preflight and adds no CORS header: set provider.httpApi.cors in serverless.yml (the framework reads cors there, not on the httpApi event).',
  );
}

describe('CORS through the HTTP API, with the httpApi.cors of your serverless.yml', () => {
  const fromOrigin = (origin: string, withCors = cors()) =>
    invokeThroughHttpApi(
      throwErrorHttpApi,
      httpApiEvents.fromOrigin(origin),
      { cors: withCors },
      lambdaContext(requestId),
    );

  it('the 400 for the allowed origin carries Access-Control-Allow-Origin, added by API Gateway', async () => {
    const answer = await fromOrigin(ALLOWED, requiredCors());
    expect(answer).toBeDeliveredWithStatus(400);
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ALLOWED);
  });

  it('an origin that is not allowed gets no Access-Control-Allow-Origin', async () => {
    const answer = await fromOrigin('https://elsewhere.example');
    expect(answer.headers).not.toHaveProperty('access-control-allow-origin');
  });
});
