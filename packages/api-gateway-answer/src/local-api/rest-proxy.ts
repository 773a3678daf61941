import type { APIGatewayProxyEvent } from 'aws-lambda';
import { invokeThroughApiGateway } from '../index';
import { idHeaders } from './gateway-errors';
import type { IntegrationAnswer } from './gateway-response-stage';
import { contextFor } from './invocation';
import { restProxyEvent } from './request-events';
import type { RestToFunction } from './rest-route';
import { fromGatewayAnswer } from './wire-answer';

/** A REST proxy request with the event its function receives. */
export interface RestProxyEvent extends RestToFunction {
  event: APIGatewayProxyEvent;
}

/** The build-the-event stage of the Lambda proxy integration: payload 1.0. */
export function buildRestProxyEvent(routed: RestToFunction): RestProxyEvent {
  const { request, routes, route, pathParameters, ids } = routed;
  const event = restProxyEvent(
    request,
    {
      resource: route.path,
      stage: routes.stage,
      binaryMediaTypes: routes.binaryMediaTypes,
      pathParameters,
    },
    ids,
  );
  return { ...routed, event };
}

/**
 * The invoke-and-map stage of the Lambda proxy integration: the model runs the function and
 * maps its result (the two are one call there, with one clock for both timeouts).
 */
export async function invokeRestProxy({
  handler,
  event,
  fn,
  route,
  routes,
  ids,
  context,
}: RestProxyEvent): Promise<IntegrationAnswer> {
  const answer = await invokeThroughApiGateway(handler as never, event, contextFor(fn), {
    binaryMediaTypes: routes.binaryMediaTypes,
    clock: { functionTimeout: fn.timeout, integrationTimeout: route.integrationTimeout },
  });
  answer.headers = { ...answer.headers, ...idHeaders('REST API', ids) };
  return {
    wire: fromGatewayAnswer(answer),
    // API Gateway's own error: the configured gateway responses apply (that these are
    // DEFAULT_5XX ones is inferred: evidence.gatewayResponse5xx).
    ...(answer.problem === undefined
      ? {}
      : {
          gatewayError: { responseType: answer.statusCode === 504 ? 'INTEGRATION_TIMEOUT' : null },
        }),
    context,
  };
}
