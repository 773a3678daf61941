import type { DoorKind } from './gateway-errors';
import type { LoadedHandler } from './handler-bundle';
import type { IncomingRequest, RequestIds } from './request-events';
import { restAnswer } from './rest-answer';
import type { FunctionSpec, ServiceRoutes } from './service-routes';
import { httpApiAnswer } from './v2-answer';
import type { WireAnswer } from './wire-answer';

/** The main port serves the REST API under its stage, and the HTTP API (when there is one) everywhere else. */
export function mainPortDoor(routes: ServiceRoutes, path: string): DoorKind {
  const { stage } = routes;
  if (path === `/${stage}` || path.startsWith(`/${stage}/`)) return 'REST API';
  return routes.httpApi === undefined ? 'REST API' : 'HTTP API';
}

/** The answer of the main port's door to a whole request. */
export function mainPortAnswer(
  routes: ServiceRoutes,
  handlerOf: (fn: FunctionSpec) => LoadedHandler,
  request: IncomingRequest,
  ids: RequestIds,
): Promise<WireAnswer> {
  const { stage } = routes;
  if (request.path === `/${stage}` || request.path.startsWith(`/${stage}/`))
    return restAnswer(request, routes, handlerOf, ids);
  if (routes.httpApi !== undefined) return httpApiAnswer(request, routes.httpApi, handlerOf, ids);
  return Promise.resolve({
    statusCode: 403,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': ids.requestId },
    body: Buffer.from('{"message":"Forbidden"}'),
    why: `the path is not under the REST API's stage /${stage}: API Gateway refuses it`,
    level: 'reported',
  });
}
