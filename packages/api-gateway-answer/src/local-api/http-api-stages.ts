import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type CorsConfig, invokeThroughHttpApi, isPreflight } from '../engine';
import { toCorsConfig } from './cors-config';
import { type DoorContext, gatewayError, notModelledGap } from './gateway-errors';
import { contextFor } from './invocation';
import type { LoadedHandler } from './loaded-functions';
import { gapOn, gapReached } from './not-modelled';
import { type IncomingRequest, type RequestIds, v2Event } from './request-events';
import { matchRoute } from './route-match';
import type { FunctionSpec, HttpApiRoute, ServiceRoutes } from './service-routes';
import { finish, type StageResult } from './stages';
import { fromGatewayAnswer, type WireAnswer } from './wire-answer';

const HTTP_API_DOMAIN = 'def456.execute-api.us-east-2.amazonaws.com';

/** The HTTP API as its door sees it: its routes and CORS, and what the banner named as not modelled. */
export type HttpApiSpec = NonNullable<ServiceRoutes['httpApi']> &
  Pick<ServiceRoutes, 'notModelled'>;

/** A request at the HTTP API's door, before any stage. */
export interface HttpApiRequest {
  request: IncomingRequest;
  httpApi: HttpApiSpec;
  ids: RequestIds;
}

/** A request with the route it reaches (none: the HTTP API may still answer a preflight or its 404). */
export interface HttpApiRouted extends HttpApiRequest {
  route: HttpApiRoute | undefined;
  pathParameters: Record<string, string> | null;
  /** The event's routeKey: `POST /items/{id}`, `$default`, or '' when no route matches. */
  routeKey: string;
}

/** A routed request with the event its function would receive, and the API's CORS. */
export interface HttpApiEvent extends HttpApiRouted {
  event: APIGatewayProxyEventV2;
  cors: CorsConfig | undefined;
}

/** A request on its way to its route's function. */
export interface HttpApiToFunction extends HttpApiEvent {
  route: HttpApiRoute;
}

/** The route stage: the most specific matching route, else `$default`, else none. */
export function routeHttpApi(at: HttpApiRequest): HttpApiRouted {
  const { request, httpApi } = at;
  const matched = matchRoute(
    httpApi.routes.filter((each) => each.path !== '$default'),
    request.method,
    request.path,
  );
  const route = matched?.route ?? httpApi.routes.find((each) => each.path === '$default');
  const routeKey = route
    ? route.path === '$default'
      ? '$default'
      : `${route.method} ${route.path}`
    : '';
  return { ...at, route, pathParameters: matched?.pathParameters ?? null, routeKey };
}

/** The build-the-event stage: the payload 2.0 event, built before the preflight check reads it. */
export function buildHttpApiEvent(routed: HttpApiRouted): HttpApiEvent {
  const { request, ids, routeKey, pathParameters, httpApi } = routed;
  const event = v2Event(request, {
    routeKey,
    domainName: HTTP_API_DOMAIN,
    requestId: ids.requestId,
    pathParameters,
  });
  const cors = httpApi.cors === undefined ? undefined : toCorsConfig(httpApi.cors);
  return { ...routed, event, cors };
}

/** The preflight stage: with CORS configured the HTTP API answers every preflight itself, route or not. */
export async function answerPreflight(withEvent: HttpApiEvent): Promise<StageResult<HttpApiEvent>> {
  const { cors, event } = withEvent;
  if (cors === undefined || !isPreflight(event)) return withEvent;
  return finish(fromGatewayAnswer(await invokeThroughHttpApi(neverCalled, event, { cors })));
}

/** The route check: a route the banner named as not modelled is a 501, no route at all the API's 404. */
export function requireRoute(withEvent: HttpApiEvent): StageResult<HttpApiToFunction> {
  const { route, request, httpApi, ids } = withEvent;
  const context: DoorContext = { door: 'HTTP API', ids };
  const gap =
    route === undefined
      ? gapReached(httpApi.notModelled, 'HTTP API', request.method, request.path)
      : gapOn(httpApi.notModelled, 'HTTP API', route);
  if (gap !== undefined) return finish(notModelledGap(gap, context));
  if (route === undefined)
    return finish(
      gatewayError(
        'no route',
        'no route of the HTTP API matches this method and path: it answers 404 itself, the function never runs',
        context,
      ),
    );
  return { ...withEvent, route };
}

/** The invoke-and-map stage: the model runs the route's function and maps its result, by its payload format. */
export function invokeHttpApi(
  handlerOf: (fn: FunctionSpec) => LoadedHandler,
): (toFunction: HttpApiToFunction) => Promise<WireAnswer> {
  return async ({ route, event, cors }) =>
    fromGatewayAnswer(
      await invokeThroughHttpApi(
        handlerOf(route.function) as never,
        event,
        {
          payloadFormat: route.payloadFormat,
          cors,
          clock: {
            functionTimeout: route.function.timeout,
            integrationTimeout: route.integrationTimeout,
          },
        },
        contextFor(route.function),
      ),
    );
}

const neverCalled = (_event: APIGatewayProxyEventV2) => {
  throw new Error('A preflight the HTTP API answers itself never reaches the function.');
};
