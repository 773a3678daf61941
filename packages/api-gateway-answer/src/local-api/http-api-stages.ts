import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import {
  answerHttpApiInvocation,
  type CorsConfig,
  eventForPayloadFormat,
  httpApiPreflight,
  type Invocation,
  invoke,
} from '../engine';
import { toCorsConfig } from './cors-config';
import { type DoorContext, gatewayError, notModelledGap } from './gateway-errors';
import { contextFor } from './invocation';
import type { LoadedHandler } from './loaded-functions';
import { gapOn, gapReached, ignoredKeyNote } from './not-modelled';
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

/** A request whose route's function ran, failed, or outlasted the integration's timeout. */
export interface HttpApiInvoked extends HttpApiToFunction {
  invocation: Invocation;
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
export function answerPreflight(withEvent: HttpApiEvent): StageResult<HttpApiEvent> {
  const preflight = httpApiPreflight(withEvent.event, withEvent.cors);
  return preflight === undefined ? withEvent : finish(fromGatewayAnswer(preflight));
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
  if (route === undefined) {
    const answer = gatewayError(
      'no route',
      'no route of the HTTP API matches this method and path: it answers 404 itself, the function never runs',
      context,
    );
    const unstaged = routeWithoutFirstSegment(request.method, request.path, httpApi);
    return finish(
      unstaged === undefined
        ? answer
        : { ...answer, note: `an HTTP API has no stage in its paths: ${unstaged} is a route` },
    );
  }
  return { ...withEvent, route };
}

/**
 * `POST /throw` when `POST /dev/throw` found no route and `/throw` would: a REST API's stage
 * path, which an HTTP API's $default stage does not have. Undefined otherwise.
 */
function routeWithoutFirstSegment(
  method: string,
  path: string,
  httpApi: HttpApiSpec,
): string | undefined {
  const rest = path.replace(/^\/[^/]+/, '');
  if (rest === '' || rest === path) return undefined;
  const matched = matchRoute(
    httpApi.routes.filter((each) => each.path !== '$default'),
    method,
    rest,
  );
  return matched === undefined ? undefined : `${method} ${rest}`;
}

/** Every answer of an HTTP API a key the framework ignores affects: its line says so. */
export function withIgnoredKeyNote(answer: WireAnswer, httpApi: HttpApiSpec): WireAnswer {
  const note = ignoredKeyNote(httpApi.notModelled, 'HTTP API');
  if (note === undefined) return answer;
  return { ...answer, note: answer.note === undefined ? note : `${answer.note}; ${note}` };
}

/** The invoke stage: the Lambda runtime runs the route's function, with the event of its payload format. */
export function invokeHttpApi(
  handlerOf: (fn: FunctionSpec) => LoadedHandler,
): (toFunction: HttpApiToFunction) => Promise<HttpApiInvoked> {
  return async (toFunction) => {
    const { route, event } = toFunction;
    const invocation = await invoke(
      handlerOf(route.function) as never,
      eventForPayloadFormat(event, route.payloadFormat),
      contextFor(route.function),
      { functionTimeout: route.function.timeout, integrationTimeout: route.integrationTimeout },
    );
    return { ...toFunction, invocation };
  };
}

/** The map stage: the HTTP API's rules for what the function returned, by its payload format (the model's). */
export function mapHttpApi({ invocation, event, route, cors }: HttpApiInvoked): WireAnswer {
  return fromGatewayAnswer(
    answerHttpApiInvocation(invocation, event, { payloadFormat: route.payloadFormat, cors }),
  );
}
