import type { Context } from 'aws-lambda';
import { asFunctionUrlEvent, httpApiEvents } from './events/http-api-events';
import { restEvents } from './events/rest-events';
import {
  answerFunctionUrlInvocation,
  answerHttpApiInvocation,
  functionUrlPreflight,
  httpApiPreflight,
  invokeThroughFunctionUrl,
  invokeThroughHttpApi,
} from './http-api';
import { answerProxyInvocation, invokeThroughApiGateway } from './invoke-through-api-gateway';
import { invocationContext } from './lambda-context';
import {
  invokeLambda,
  invokeThroughLambdaIntegration,
  mapLambdaOutcome,
} from './lambda-integration';
import { type FunctionOutcome, type Invocation, invoke, invokeFunction } from './lambda-runtime';

// Each door's invokeThrough* is the Lambda runtime (invoke) followed by the gateway's rules
// (the answer* / map* functions): table-driven, the rules alone on each kind of outcome, and
// the composition equal to the two called one after the other.

const context = (): Context => invocationContext({ awsRequestId: 'req-1' });
const failed: FunctionOutcome = {
  kind: 'failed',
  cause: 'threw',
  why: 'the function threw',
  thrown: new Error('boom'),
  error: { errorType: 'Error', errorMessage: 'boom', trace: [] },
};
const timedOut: Invocation = { kind: 'integration timed out', after: 30 };
const result = (value: unknown): FunctionOutcome => ({ kind: 'result', result: value });

const v2 = httpApiEvents.jsonBody();
const url = asFunctionUrlEvent(httpApiEvents.jsonBody());
const preflightOf = <E extends typeof v2>(event: E): E => ({
  ...event,
  headers: {
    origin: 'http://localhost:5173',
    'access-control-request-method': 'POST',
  },
  requestContext: {
    ...event.requestContext,
    http: { ...event.requestContext.http, method: 'OPTIONS' },
  },
});
const cors = { allowedOrigins: ['http://localhost:5173'] };

describe("the HTTP API's rules, without running a function", () => {
  it.each([
    ['a result with statusCode', result({ statusCode: 201, body: 'x' }), '2.0', 201],
    ['a result without statusCode (payload 2.0: inferred 200)', result({ a: 1 }), '2.0', 200],
    ['a result without statusCode (payload 1.0: 500)', result({ body: 'x' }), '1.0', 500],
    ['a failed invocation', failed, '2.0', 500],
    ['the integration timed out', timedOut, '2.0', 503],
  ] as const)('%s', (_what, invocation, payloadFormat, status) => {
    const answer = answerHttpApiInvocation(invocation, v2, { payloadFormat });
    expect(answer.statusCode).toBe(status);
    expect(answer.headers['apigw-requestid']).toBe(v2.requestContext.requestId);
  });

  it('answers a preflight itself only with CORS configured', () => {
    expect(httpApiPreflight(preflightOf(v2), cors)?.statusCode).toBe(204);
    expect(httpApiPreflight(preflightOf(v2), undefined)).toBeUndefined();
    expect(httpApiPreflight(v2, cors)).toBeUndefined();
  });
});

describe("the Function URL's rules, without running a function", () => {
  it.each([
    ['a result with statusCode', result({ statusCode: 418, body: 'x' }), 418],
    ['a result without statusCode', result({ a: 1 }), 200],
    ['a failed invocation', failed, 502],
  ] as const)('%s', (_what, outcome, status) => {
    const answer = answerFunctionUrlInvocation(outcome, url, {}, 'req-1');
    expect(answer.statusCode).toBe(status);
    expect(answer.headers['x-amzn-requestid']).toBe('req-1');
  });

  it('answers a preflight itself only with url.cors', () => {
    expect(functionUrlPreflight(preflightOf(url), cors, 'req-1')?.statusCode).toBe(204);
    expect(functionUrlPreflight(preflightOf(url), undefined, 'req-1')).toBeUndefined();
  });
});

describe('each invokeThrough* is the runtime, then the rules', () => {
  const handlers = {
    'a result': async () => ({ statusCode: 400, body: '{"title":"Bad Request"}' }),
    'a throw': async () => {
      throw new Error('[400] boom');
    },
    'no statusCode': async () => ({ message: 'hi' }),
  };

  it.each(Object.entries(handlers))('REST proxy: %s', async (_what, handler) => {
    const event = restEvents.jsonBody();
    const composed = await invokeThroughApiGateway(handler, event, context());
    const separate = answerProxyInvocation(await invoke(handler, event, context()), event);
    expect(composed).toEqual(separate);
  });

  it.each(Object.entries(handlers))('Lambda integration: %s', async (_what, handler) => {
    const responses = [
      { StatusCode: '200', SelectionPattern: '' },
      { StatusCode: '400', SelectionPattern: '\\[400\\] [\\s\\S]*' },
    ];
    const composed = await invokeThroughLambdaIntegration(handler, {}, responses, context());
    const separate = mapLambdaOutcome(await invokeLambda(handler, {}, context()), responses);
    // Its own request id and a thrown error's stack trace (two throws, two traces) differ.
    expect([composed.statusCode, composed.chosen]).toEqual([separate.statusCode, separate.chosen]);
  });

  it.each(Object.entries(handlers))('HTTP API: %s', async (_what, handler) => {
    const composed = await invokeThroughHttpApi(handler, v2, {}, context());
    const separate = answerHttpApiInvocation(await invoke(handler, v2, context()), v2);
    expect(composed).toEqual(separate);
  });

  it.each(Object.entries(handlers))('Function URL: %s', async (_what, handler) => {
    const composed = await invokeThroughFunctionUrl(handler, url, {}, context());
    const outcome = await invokeFunction(handler, url, context());
    expect(composed).toEqual(answerFunctionUrlInvocation(outcome, url, {}, 'req-1'));
  });
});
