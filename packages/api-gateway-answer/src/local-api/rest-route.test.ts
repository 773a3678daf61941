import { evidence } from '../evidence';
import type { LoadedHandler } from './loaded-functions';
import type { IncomingRequest } from './request-events';
import { type RestRouted, restIntegration, routeRest } from './rest-route';
import type { FunctionSpec, RestRoute } from './service-routes';
import { Finished } from './stages';
import { everyRoute } from './testing/every-route';

// Table-driven: the REST door's route stage and integration stage, on a service with every
// kind of route (the GET /items/{id} row is the proxy with a parameter; POST /http an
// HTTP_PROXY integration the model does not cover).

const ids = { requestId: 'req-1', extendedRequestId: 'ext-1' };
const request = (method: string, path: string): IncomingRequest => ({
  method,
  path,
  rawQuery: '',
  headers: [],
  body: Buffer.from(''),
  sourceIp: '127.0.0.1',
});

describe('the route stage of the REST API', () => {
  it.each([
    // method, path, the route it reaches (or the status API Gateway answers), path parameters
    ['POST', '/dev/throw', 'POST /throw', null],
    ['GET', '/dev/items/42', 'GET /items/{id}', { id: '42' }],
    ['OPTIONS', '/dev/throw', 'OPTIONS /throw', null],
    ['GET', '/dev/throw', 403, undefined],
    ['POST', '/dev', 403, undefined],
  ] as const)('%s %s: %s', (method, path, reaches, pathParameters) => {
    const routed = routeRest({ request: request(method, path), routes: everyRoute, ids });
    if (typeof reaches === 'number') {
      expect(routed).toBeInstanceOf(Finished);
      expect((routed as Finished).answer.statusCode).toBe(reaches);
      expect((routed as Finished).answer.level).toBe(evidence.missingAuthenticationToken.level);
      return;
    }
    const { route, pathParameters: sent } = routed as RestRouted;
    expect(`${route.method} ${route.path}`).toBe(reaches);
    expect(sent).toEqual(pathParameters);
  });

  it('a route the banner named as not modelled is its 501', () => {
    const routed = routeRest({
      request: request('POST', '/dev/throw'),
      routes: {
        ...everyRoute,
        notModelled: [
          {
            resource: 'ApiGatewayMethodThrowPost',
            property: 'AuthorizationType: CUSTOM',
            reason: 'an authorizer',
            kind: 'not modelled',
            routes: [{ door: 'REST API', method: 'POST', path: '/throw' }],
          },
        ],
      },
      ids,
    });
    expect((routed as Finished).answer.statusCode).toBe(501);
  });
});

const routeAt = (method: string, path: string): RestRoute => {
  const route = everyRoute.rest.find((each) => each.method === method && each.path === path);
  if (route === undefined) throw new Error(`every-route has no ${method} ${path}`);
  return route;
};
const routed = (route: RestRoute): RestRouted => ({
  request: request(route.method, `/dev${route.path}`),
  routes: everyRoute,
  ids,
  route,
  pathParameters: null,
  context: { door: 'REST API', ids },
});
const unknownWithFunction: RestRoute = {
  ...routeAt('POST', '/http'),
  function: everyRoute.functions[0],
};

describe('the integration stage of the REST API', () => {
  it.each([
    // what, route, the integration it goes on with (or the status of its answer), whether the handler is looked up
    ['AWS_PROXY goes on to its function', routeAt('POST', '/throw'), 'AWS_PROXY', true],
    ['AWS goes on to its function', routeAt('POST', '/throw-lambda'), 'AWS', true],
    ['MOCK answers itself', routeAt('OPTIONS', '/throw'), 200, false],
    ['an integration without a function is not modelled', routeAt('POST', '/http'), 501, false],
    ['an integration the model does not cover is not modelled', unknownWithFunction, 501, true],
  ] as const)('%s', (_what, route, goesOn, looksUp) => {
    const looked: FunctionSpec[] = [];
    const handlerOf = (fn: FunctionSpec): LoadedHandler => {
      looked.push(fn);
      return () => undefined;
    };
    const next = restIntegration(handlerOf)(routed(route));
    if (typeof goesOn === 'number') expect((next as Finished).answer.statusCode).toBe(goesOn);
    else expect(next).toMatchObject({ integration: goesOn, fn: route.function });
    expect(looked.length > 0).toBe(looksUp);
  });

  it("MOCK's answer carries the integration response's static header and the request ids", () => {
    const next = restIntegration(() => () => undefined)(routed(routeAt('OPTIONS', '/throw')));
    expect((next as Finished).answer.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'x-amzn-requestid': 'req-1',
      'x-amz-apigw-id': 'ext-1',
    });
    expect((next as Finished).answer.level).toBe(evidence.mockPreflight.level);
  });
});
