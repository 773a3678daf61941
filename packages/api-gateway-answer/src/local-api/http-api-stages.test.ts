import { httpApiEvidence } from '../evidence';
import {
  answerPreflight,
  buildHttpApiEvent,
  type HttpApiEvent,
  type HttpApiSpec,
  type HttpApiToFunction,
  invokeHttpApi,
  mapHttpApi,
  requireRoute,
  routeHttpApi,
  withIgnoredKeyNote,
} from './http-api-stages';
import type { IncomingRequest } from './request-events';
import { Finished } from './stages';
import { everyRoute } from './testing/every-route';

// Table-driven: the HTTP API door's stages before the invocation, on every-route's HTTP API
// (POST /v2/throw, ANY /v1/{id}, CORS for http://localhost:5173).

const ids = { requestId: 'req-1', extendedRequestId: 'ext-1' };
const httpApi = everyRoute.httpApi as HttpApiSpec;
const withDefault: HttpApiSpec = {
  ...httpApi,
  routes: [...httpApi.routes, { ...httpApi.routes[0], method: '*', path: '$default' }],
};
const request = (
  method: string,
  path: string,
  headers: Array<[string, string]> = [],
): IncomingRequest => ({
  method,
  path,
  rawQuery: '',
  headers,
  body: Buffer.from(''),
  sourceIp: '127.0.0.1',
});
const withEvent = (
  api: HttpApiSpec,
  method: string,
  path: string,
  headers?: Array<[string, string]>,
) =>
  buildHttpApiEvent(routeHttpApi({ request: request(method, path, headers), httpApi: api, ids }));

describe('the route stage of the HTTP API', () => {
  it.each([
    // which API, method, path, the event's routeKey, its pathParameters, the API
    ['no $default', 'POST', '/v2/throw', 'POST /v2/throw', undefined, httpApi],
    ['no $default', 'DELETE', '/v1/7', '* /v1/{id}', { id: '7' }, httpApi],
    ['no $default', 'GET', '/nowhere', '', undefined, httpApi],
    ['a $default', 'GET', '/nowhere', '$default', undefined, withDefault],
    ['a $default', 'POST', '/v2/throw', 'POST /v2/throw', undefined, withDefault],
  ] as const)('%s, %s %s: routeKey %j', (_which, method, path, routeKey, pathParameters, api) => {
    const { event } = withEvent(api, method, path);
    expect(event.routeKey).toBe(routeKey);
    expect(event.pathParameters).toEqual(pathParameters);
  });
});

const preflight: Array<[string, string]> = [
  ['Origin', 'http://localhost:5173'],
  ['Access-Control-Request-Method', 'POST'],
];

describe('the preflight stage of the HTTP API', () => {
  it.each([
    // what, api, method, path, headers, whether the HTTP API answers it itself
    ['a preflight on a route', httpApi, 'OPTIONS', '/v2/throw', preflight, true],
    ['a preflight on no route', httpApi, 'OPTIONS', '/nowhere', preflight, true],
    ['an OPTIONS that is no preflight', httpApi, 'OPTIONS', '/v2/throw', [], false],
    [
      'a preflight with no CORS configured',
      { ...httpApi, cors: undefined },
      'OPTIONS',
      '/v2/throw',
      preflight,
      false,
    ],
    ['a POST', httpApi, 'POST', '/v2/throw', preflight.slice(0, 1), false],
  ] as const)('%s', async (_what, api, method, path, headers, itself) => {
    const next = await answerPreflight(withEvent(api, method, path, [...headers]));
    expect(next instanceof Finished).toBe(itself);
    if (next instanceof Finished) expect(next.answer.statusCode).toBe(204);
  });
});

describe('the route check of the HTTP API', () => {
  it.each([
    // which API, method, path, the status it answers itself (undefined: on to the function), the API
    ['no $default', 'POST', '/v2/throw', undefined, httpApi],
    ['no $default', 'GET', '/nowhere', 404, httpApi],
    ['no $default', 'POST', '/dev/throw', 404, httpApi],
    ['a $default', 'GET', '/nowhere', undefined, withDefault],
  ] as const)('%s, %s %s: answered itself %s', (_which, method, path, status, api) => {
    const next = requireRoute(withEvent(api, method, path));
    if (status === undefined) expect(next).not.toBeInstanceOf(Finished);
    else {
      expect((next as Finished).answer.statusCode).toBe(status);
      expect((next as Finished).answer.level).toBe(httpApiEvidence.notFound.level);
    }
  });

  it.each([
    // method, path, the note its 404's line ends with (undefined: none)
    ['POST', '/dev/v2/throw', 'an HTTP API has no stage in its paths: POST /v2/throw is a route'],
    ['GET', '/dev/v2/throw', undefined],
    ['GET', '/nowhere', undefined],
  ] as const)("%s %s: its 404 keeps AWS's answer, its line notes %s", (method, path, note) => {
    const answer = (requireRoute(withEvent(httpApi, method, path)) as Finished).answer;
    expect(answer.statusCode).toBe(404);
    expect(answer.note).toBe(note);
  });

  it('a route the banner named as not modelled is its 501, even where no route matches', () => {
    const gap = {
      resource: 'functions.app.events[0].httpApi',
      property: 'authorizer',
      reason: 'an authorizer',
      kind: 'not modelled' as const,
      routes: [{ door: 'HTTP API' as const, method: 'GET', path: '/nowhere' }],
      source:
        'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
    };
    const event: HttpApiEvent = withEvent({ ...httpApi, notModelled: [gap] }, 'GET', '/nowhere');
    expect((requireRoute(event) as Finished).answer.statusCode).toBe(501);
  });
});

describe("the invoke and map stages of the HTTP API: the runtime, then the HTTP API's rules", () => {
  it.each([
    ['a response object', () => ({ statusCode: 418, body: 'teapot' }), 418],
    ['no statusCode: an inferred 200', () => ({ a: 1 }), 200],
    [
      'a throw: 500',
      () => {
        throw new Error('boom');
      },
      500,
    ],
  ] as const)('%s', async (_what, handler, status) => {
    const toFunction = requireRoute(withEvent(httpApi, 'POST', '/v2/throw')) as HttpApiToFunction;
    const invoked = await invokeHttpApi(() => handler as never)(toFunction);
    const mapped = mapHttpApi(invoked);
    expect(mapped.statusCode).toBe(status);
    expect(mapped.headers['apigw-requestid']).toBe('req-1');
  });
});

describe('a key the framework ignores (cors on an httpApi event)', () => {
  const ignored = {
    resource: 'functions.app.events[0].httpApi',
    property: 'cors',
    reason: 'cors sits on the httpApi event',
    kind: 'ignored by the framework' as const,
    note: 'cors on the httpApi event is ignored by the framework',
    routes: [{ door: 'HTTP API' as const, method: 'POST', path: '/v2/throw' }],
    source: 'https://www.serverless.com/framework/docs/providers/aws/events/http-api',
  };
  const api = { ...httpApi, notModelled: [ignored] };

  it('never makes a route answer 501: AWS deploys and serves it as if the key were absent', () => {
    expect(requireRoute(withEvent(api, 'POST', '/v2/throw'))).not.toBeInstanceOf(Finished);
  });

  it("notes it on each answer's line, after any other note", () => {
    const answer = (requireRoute(withEvent(api, 'POST', '/dev/v2/throw')) as Finished).answer;
    expect(withIgnoredKeyNote(answer, api).note).toBe(
      'an HTTP API has no stage in its paths: POST /v2/throw is a route; cors on the httpApi event is ignored by the framework',
    );
    expect(withIgnoredKeyNote(answer, httpApi).note).toBe(answer.note);
  });
});
