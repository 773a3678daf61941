import type { APIGatewayProxyEvent } from 'aws-lambda';
import { answerProxyInvocation, type Invocation, invoke } from '../engine';
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

/** A REST proxy request whose function ran, failed, or outlasted the integration's timeout. */
export interface RestProxyInvoked extends RestProxyEvent {
  invocation: Invocation;
}

/** The invoke stage: the Lambda runtime, one clock for the function's and the integration's timeouts. */
export async function invokeRestProxy(withEvent: RestProxyEvent): Promise<RestProxyInvoked> {
  const { handler, event, fn, route } = withEvent;
  const invocation = await invoke(handler as never, event, contextFor(fn), {
    functionTimeout: fn.timeout,
    integrationTimeout: route.integrationTimeout,
  });
  return { ...withEvent, invocation };
}

/** The map stage: the proxy integration's rules for what the function returned (the model's). */
export function mapRestProxy({
  invocation,
  event,
  routes,
  ids,
  context,
}: RestProxyInvoked): IntegrationAnswer {
  const answer = answerProxyInvocation(invocation, event, {
    binaryMediaTypes: routes.binaryMediaTypes,
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
