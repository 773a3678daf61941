import type { FunctionOutcome } from '../engine';
import { evidence } from '../evidence';
import type { IncomingRequest } from './request-events';
import {
  acceptJsonBody,
  buildLambdaIntegrationEvent,
  type LambdaIntegrationInvoked,
  mapLambdaIntegration,
} from './rest-lambda-integration';
import type { RestToFunction } from './rest-route';
import { Finished } from './stages';
import { everyRoute } from './testing/every-route';

// Table-driven: the Lambda integration's stages before and after the invocation, on
// every-route's POST /throw-lambda (a 200 by default, a 400 for an error with [400] in it).

const ids = { requestId: 'req-1', extendedRequestId: 'ext-1' };
const route = everyRoute.rest.find((each) => each.integration === 'AWS');
if (route?.function === undefined) throw new Error('every-route has no Lambda integration');
const routed = (headers: Array<[string, string]>, body: string): RestToFunction => {
  const request: IncomingRequest = {
    method: 'POST',
    path: '/dev/throw-lambda',
    rawQuery: '',
    headers,
    body: Buffer.from(body),
    sourceIp: '127.0.0.1',
  };
  return {
    request,
    routes: everyRoute,
    ids,
    route,
    pathParameters: null,
    context: { door: 'REST API', ids },
    integration: 'AWS',
    fn: route.function as NonNullable<typeof route.function>,
    handler: () => undefined,
  };
};

describe('the content-type stage of the Lambda integration', () => {
  it.each([
    // Content-Type, whether it goes on (else: 501, not modelled)
    [undefined, true],
    ['application/json', true],
    ['Application/JSON; charset=utf-8', true],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
  ] as const)('%s: goes on %s', (contentType, goesOn) => {
    const next = acceptJsonBody(
      routed(contentType === undefined ? [] : [['Content-Type', contentType]], '{}'),
    );
    if (goesOn) expect(next).not.toBeInstanceOf(Finished);
    else expect((next as Finished).answer.statusCode).toBe(501);
  });
});

describe('the build-the-event stage of the Lambda integration', () => {
  it.each([
    // body, the event's body (else: API Gateway's 400)
    ['{"a":1}', { a: 1 }],
    ['', {}],
    ['not json', undefined],
  ] as const)('%j', (body, expected) => {
    const next = buildLambdaIntegrationEvent(routed([], body));
    if (expected === undefined) {
      expect((next as Finished).answer.statusCode).toBe(400);
      expect((next as Finished).answer.level).toBe(evidence.requestBodyNotJson.level);
    } else expect(next).toMatchObject({ event: { body: expected } });
  });
});

const failed = (message: string): FunctionOutcome => ({
  kind: 'failed',
  cause: 'threw',
  why: 'the function threw',
  error: { errorType: 'Error', errorMessage: message, trace: [] },
});

describe('the map stage of the Lambda integration', () => {
  it.each<[string, FunctionOutcome, number, boolean]>([
    // what, the invocation, the status, whether it is API Gateway's own error
    [
      'a result: the default integration response',
      { kind: 'result', result: { ok: true } },
      200,
      false,
    ],
    ['an error matching [400]: its integration response', failed('[400] bad'), 400, false],
    ['an error no pattern matches: the default one', failed('boom'), 200, false],
  ])('%s', (_what, invocation, status, ownError) => {
    const invoked: LambdaIntegrationInvoked = { ...routed([], '{}'), event: {}, invocation };
    const { wire, gatewayError } = mapLambdaIntegration(invoked);
    expect(wire.statusCode).toBe(status);
    expect(wire.headers).toMatchObject({ 'x-amzn-requestid': 'req-1', 'x-amz-apigw-id': 'ext-1' });
    expect(gatewayError !== undefined).toBe(ownError);
  });

  it("no integration response matching and no default: API Gateway's own error, API_CONFIGURATION_ERROR first", () => {
    const invoked: LambdaIntegrationInvoked = {
      ...routed([], '{}'),
      route: {
        ...route,
        integrationResponses: [{ StatusCode: 400, SelectionPattern: '.*\\[400\\].*' }],
      },
      event: {},
      invocation: failed('boom'),
    };
    const { wire, gatewayError } = mapLambdaIntegration(invoked);
    expect(wire.level).toBe(evidence.noDefault.level);
    expect(gatewayError).toEqual({ responseType: 'API_CONFIGURATION_ERROR' });
  });
});
