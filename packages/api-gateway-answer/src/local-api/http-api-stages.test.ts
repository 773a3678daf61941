import { httpApiEvidence } from '../evidence';
import {
  answerPreflight,
  buildHttpApiEvent,
  type HttpApiEvent,
  type HttpApiSpec,
  requireRoute,
  routeHttpApi,
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

  it('a route the banner named as not modelled is its 501, even where no route matches', () => {
    const gap = {
      resource: 'functions.app.events[0].httpApi',
      property: 'authorizer',
      reason: 'an authorizer',
      kind: 'not modelled' as const,
      routes: [{ door: 'HTTP API' as const, method: 'GET', path: '/nowhere' }],
    };
    const event: HttpApiEvent = withEvent({ ...httpApi, notModelled: [gap] }, 'GET', '/nowhere');
    expect((requireRoute(event) as Finished).answer.statusCode).toBe(501);
  });
});
