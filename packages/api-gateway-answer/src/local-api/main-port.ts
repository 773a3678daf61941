import { type DoorContext, type DoorKind, gatewayError } from './gateway-errors';
import type { DoorOnTheWire } from './http-adapter';
import type { LoadedHandler } from './loaded-functions';
import type { IncomingRequest, RequestIds } from './request-events';
import { restAnswer } from './rest-answer';
import type { FunctionSpec, FunctionUrlSpec, ServiceRoutes } from './service-routes';
import { functionUrlAnswer, httpApiAnswer } from './v2-answer';
import type { WireAnswer } from './wire-answer';

/** How a door finds the handler of a function: the latest build's. */
export type HandlerOf = (fn: FunctionSpec) => LoadedHandler;

/** The main port serves the REST API under its stage, and the HTTP API (when there is one) everywhere else. */
export function mainPortDoorKind(routes: ServiceRoutes, path: string): DoorKind {
  const { stage } = routes;
  // A service with no REST API has no stage path: /dev/… is a path like any other.
  const underStage = path === `/${stage}` || path.startsWith(`/${stage}/`);
  if (underStage && (routes.rest.length > 0 || routes.httpApi === undefined)) return 'REST API';
  return routes.httpApi === undefined ? 'REST API' : 'HTTP API';
}

/** The main port's doors, on the routes of the latest build (`routes` is read at each request). */
export function mainPortDoor(routes: () => ServiceRoutes, handlerOf: HandlerOf): DoorOnTheWire {
  return {
    contextOf: (path, ids) => mainPortContext(routes(), path, ids),
    answer: (request, ids) => mainPortAnswer(routes(), handlerOf, request, ids),
  };
}

/** A function URL's door: every path and method reaches its function. */
export function functionUrlDoor(url: () => FunctionUrlSpec, handlerOf: HandlerOf): DoorOnTheWire {
  return {
    contextOf: (_path, ids) => ({ door: 'Function URL', ids }),
    answer: (request, ids) => functionUrlAnswer(request, url(), handlerOf(url().function), ids),
  };
}

function mainPortContext(routes: ServiceRoutes, path: string, ids: RequestIds): DoorContext {
  return {
    door: mainPortDoorKind(routes, path),
    ids,
    gatewayResponses: routes.gatewayResponses,
  };
}

/** The answer of the main port's door to a whole request. */
export async function mainPortAnswer(
  routes: ServiceRoutes,
  handlerOf: HandlerOf,
  request: IncomingRequest,
  ids: RequestIds,
): Promise<WireAnswer> {
  const { stage } = routes;
  const door = mainPortDoorKind(routes, request.path);
  const underStage = request.path === `/${stage}` || request.path.startsWith(`/${stage}/`);
  if (door === 'REST API' && underStage) return restAnswer(request, routes, handlerOf, ids);
  if (routes.httpApi !== undefined)
    return httpApiAnswer(
      request,
      { ...routes.httpApi, notModelled: routes.notModelled },
      handlerOf,
      ids,
    );
  return gatewayError(
    'outside the stage',
    `the path is not under the REST API's stage /${stage}: API Gateway refuses it`,
    { door: 'REST API', ids },
  );
}
