import type { LoadedHandler } from './loaded-functions';
import { buildRestProxyEvent, invokeRestProxy } from './rest-proxy';
import type { RestToFunction } from './rest-route';
import type { RestRoute } from './service-routes';
import { everyRoute } from './testing/every-route';

// Table-driven: the Lambda proxy integration's stages, on every-route's POST /throw
// (integration timeout 29 s) and GET /items/{id} (0.5 ms); both functions time out after 1 ms.

const ids = { requestId: 'req-1', extendedRequestId: 'ext-1' };
const routeAt = (method: string, path: string): RestRoute => {
  const route = everyRoute.rest.find((each) => each.method === method && each.path === path);
  if (route?.function === undefined) throw new Error(`every-route has no ${method} ${path}`);
  return route;
};
const toFunction = (
  route: RestRoute,
  path: string,
  pathParameters: Record<string, string> | null,
  handler: LoadedHandler,
): RestToFunction => ({
  request: {
    method: route.method,
    path,
    rawQuery: '',
    headers: [],
    body: Buffer.from(''),
    sourceIp: '127.0.0.1',
  },
  routes: everyRoute,
  ids,
  route,
  pathParameters,
  context: { door: 'REST API', ids },
  integration: 'AWS_PROXY',
  fn: route.function as NonNullable<RestRoute['function']>,
  handler,
});
const never: LoadedHandler = () => new Promise(() => {});

describe('the build-the-event stage of the Lambda proxy integration', () => {
  it.each([
    ['/dev/throw', routeAt('POST', '/throw'), null],
    ['/dev/items/42', routeAt('GET', '/items/{id}'), { id: '42' }],
  ] as const)('%s: its resource, path and parameters', (path, route, pathParameters) => {
    const { event } = buildRestProxyEvent(toFunction(route, path, pathParameters, never));
    expect(event).toMatchObject({
      resource: route.path,
      path: path.slice('/dev'.length),
      pathParameters,
      requestContext: { stage: 'dev', requestId: 'req-1' },
    });
  });
});

describe('the invoke-and-map stage of the Lambda proxy integration', () => {
  it.each<[string, RestRoute, string, LoadedHandler, number, string | null | undefined]>([
    // what, route, path, handler, status, the gateway response type tried first (undefined: the function's answer)
    [
      'a result',
      routeAt('POST', '/throw'),
      '/dev/throw',
      async () => ({ statusCode: 418, body: '' }),
      418,
      undefined,
    ],
    [
      'the function threw',
      routeAt('POST', '/throw'),
      '/dev/throw',
      () => {
        throw new Error('boom');
      },
      502,
      null,
    ],
    ['the function timed out', routeAt('POST', '/throw'), '/dev/throw', never, 502, null],
    [
      'the integration timed out',
      routeAt('GET', '/items/{id}'),
      '/dev/items/1',
      never,
      504,
      'INTEGRATION_TIMEOUT',
    ],
  ])('%s', async (_what, route, path, handler, status, responseType) => {
    const integration = await invokeRestProxy(
      buildRestProxyEvent(toFunction(route, path, null, handler)),
    );
    expect(integration.wire.statusCode).toBe(status);
    expect(integration.wire.headers).toMatchObject({
      'x-amzn-requestid': 'req-1',
      'x-amz-apigw-id': 'ext-1',
    });
    expect(integration.gatewayError?.responseType).toBe(responseType);
  });
});
