import { staticHeaderValues } from '../engine';
import { evidence } from '../evidence';
import { type DoorContext, gatewayError, idHeaders, notModelledGap } from './gateway-errors';
import type { LoadedHandler } from './loaded-functions';
import { gapOn } from './not-modelled';
import type { IncomingRequest, RequestIds } from './request-events';
import { matchRoute } from './route-match';
import type { FunctionSpec, RestRoute, ServiceRoutes } from './service-routes';
import { finish, type StageResult } from './stages';
import type { WireAnswer } from './wire-answer';

/** A request at the REST API's door, before any stage. */
export interface RestRequest {
  request: IncomingRequest;
  routes: ServiceRoutes;
  ids: RequestIds;
}

/** A request the REST API has a method for. */
export interface RestRouted extends RestRequest {
  route: RestRoute;
  pathParameters: Record<string, string> | null;
  context: DoorContext;
}

/** A routed request whose integration calls a function: AWS_PROXY or AWS. */
export interface RestToFunction extends RestRouted {
  integration: 'AWS_PROXY' | 'AWS';
  fn: FunctionSpec;
  handler: LoadedHandler;
}

/**
 * The route stage: the method of the API this request reaches. No method is API Gateway's
 * own 403; a route the banner named as not modelled is its 501.
 */
export function routeRest({ request, routes, ids }: RestRequest): StageResult<RestRouted> {
  const resourcePath = request.path.slice(routes.stage.length + 1) || '/';
  const matched = matchRoute(routes.rest, request.method, resourcePath);
  const context: DoorContext = { door: 'REST API', ids, gatewayResponses: routes.gatewayResponses };
  if (matched === undefined)
    return finish(
      gatewayError(
        'no route',
        'no method of the API matches this method and path: API Gateway answers it itself (the MISSING_AUTHENTICATION_TOKEN gateway response), the function never runs',
        context,
      ),
    );
  const gap = gapOn(routes.notModelled, 'REST API', matched.route);
  if (gap !== undefined) return finish(notModelledGap(gap, context));
  return {
    request,
    routes,
    ids,
    route: matched.route,
    pathParameters: matched.pathParameters,
    context,
  };
}

/**
 * The integration stage: a MOCK answers here, an integration the model does not cover is a
 * 501; AWS_PROXY and AWS go on with their function's handler.
 */
export function restIntegration(
  handlerOf: (fn: FunctionSpec) => LoadedHandler,
): (routed: RestRouted) => StageResult<RestToFunction> {
  return (routed) => {
    const { route, context } = routed;
    if (route.integration === 'MOCK')
      return finish(mockAnswer(route, idHeaders('REST API', routed.ids)));
    if (route.function === undefined)
      return finish(
        notModelled(
          `the ${route.integration} integration (only AWS_PROXY, AWS and MOCK are)`,
          context,
        ),
      );
    // The handler is looked up before the integration is known to be one the model covers,
    // as it always was: a build error shows the same way whatever the integration.
    const handler = handlerOf(route.function);
    if (route.integration !== 'AWS_PROXY' && route.integration !== 'AWS')
      return finish(notModelled(`the ${route.integration} integration`, context));
    return { ...routed, integration: route.integration, fn: route.function, handler };
  };
}

/** A MOCK integration (the framework's CORS preflight): its one integration response, static values only. */
function mockAnswer(route: RestRoute, idHeaders: Record<string, string>): WireAnswer {
  const response = route.integrationResponses[0];
  const headers = {
    'content-type': 'application/json',
    ...staticHeaderValues(response?.ResponseParameters ?? {}, 'method.response.header.'),
  };
  return {
    statusCode: Number(response?.StatusCode ?? 200),
    headers: { ...headers, ...idHeaders },
    body: Buffer.from(response?.ResponseTemplates?.['application/json'] ?? ''),
    why: `API Gateway answers ${route.method} ${route.path} itself (a MOCK integration: the preflight the framework makes for cors), whatever the Origin`,
    level: evidence.mockPreflight.level,
  };
}

/** The local API's 501 for what the model does not cover at the REST API. */
export function notModelled(what: string, context: DoorContext): WireAnswer {
  return gatewayError(
    'not modelled',
    "the workshop's local API answers 501 rather than guess",
    context,
    what,
  );
}
