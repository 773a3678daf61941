import { applyGatewayResponses } from './gateway-response-stage';
import type { LoadedHandler } from './loaded-functions';
import type { IncomingRequest, RequestIds } from './request-events';
import {
  acceptJsonBody,
  buildLambdaIntegrationEvent,
  invokeLambdaIntegration,
  mapLambdaIntegration,
} from './rest-lambda-integration';
import { buildRestProxyEvent, invokeRestProxy } from './rest-proxy';
import { type RestToFunction, restIntegration, routeRest } from './rest-route';
import type { FunctionSpec, ServiceRoutes } from './service-routes';
import { Stages } from './stages';
import type { WireAnswer } from './wire-answer';

/** The REST API's answer to a request under its stage: the method's integration, or API Gateway's own answer. */
export function restAnswer(
  request: IncomingRequest,
  routes: ServiceRoutes,
  handlerOf: (fn: FunctionSpec) => LoadedHandler,
  ids: RequestIds,
): Promise<WireAnswer> {
  return Stages.from({ request, routes, ids })
    .next(routeRest)
    .next(restIntegration(handlerOf))
    .next(byIntegration)
    .answer();
}

/** The rest of the list depends on the integration: the proxy's stages or the Lambda integration's. */
function byIntegration(routed: RestToFunction): Promise<WireAnswer> {
  return routed.integration === 'AWS_PROXY'
    ? restProxyAnswer(routed)
    : lambdaIntegrationAnswer(routed);
}

/** The Lambda proxy integration (AWS_PROXY), after routing. */
export function restProxyAnswer(routed: RestToFunction): Promise<WireAnswer> {
  return Stages.from(routed)
    .next(buildRestProxyEvent)
    .next(invokeRestProxy)
    .next(applyGatewayResponses)
    .answer();
}

/** The Lambda integration (AWS), after routing. */
export function lambdaIntegrationAnswer(routed: RestToFunction): Promise<WireAnswer> {
  return Stages.from(routed)
    .next(acceptJsonBody)
    .next(buildLambdaIntegrationEvent)
    .next(invokeLambdaIntegration)
    .next(mapLambdaIntegration)
    .next(applyGatewayResponses)
    .answer();
}
