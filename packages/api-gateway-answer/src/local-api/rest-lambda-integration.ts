import { type FunctionOutcome, invoke } from '../engine';
import { lambdaOutcome, mapLambdaOutcome } from '../index';
import { gatewayError, idHeaders } from './gateway-errors';
import type { IntegrationAnswer } from './gateway-response-stage';
import { contextFor } from './invocation';
import { headerValue, lambdaIntegrationEvent } from './request-events';
import { notModelled, type RestToFunction } from './rest-route';
import { finish, type StageResult } from './stages';
import { fromLambdaAnswer } from './wire-answer';

/** A Lambda integration request with the event its request template renders. */
export interface LambdaIntegrationEvent extends RestToFunction {
  event: unknown;
}

/** A Lambda integration request whose function ran (or failed, or timed out on its own clock). */
export interface LambdaIntegrationInvoked extends LambdaIntegrationEvent {
  invocation: FunctionOutcome;
}

/**
 * The content-type stage: the model renders the framework's application/json request
 * template only, so any other body is a 501 rather than a guess.
 */
export function acceptJsonBody(routed: RestToFunction): StageResult<RestToFunction> {
  const contentType = (headerValue(routed.request.headers, 'content-type') ?? 'application/json')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (contentType === 'application/json') return routed;
  return finish(
    notModelled(
      `a ${contentType} request through the Lambda integration (the model renders the framework's application/json request template)`,
      routed.context,
    ),
  );
}

/** The build-the-event stage: the request template's rendering, or API Gateway's own error when the body is not JSON. */
export function buildLambdaIntegrationEvent(
  routed: RestToFunction,
): StageResult<LambdaIntegrationEvent> {
  const { request, routes, route, pathParameters, context } = routed;
  const event = lambdaIntegrationEvent(request, {
    resource: route.path,
    stage: routes.stage,
    pathParameters,
  });
  if (event === undefined)
    return finish(
      gatewayError(
        'body not JSON',
        "the body is not JSON, so the request template's $input.json('$') cannot render it: the function never runs",
        context,
      ),
    );
  return { ...routed, event };
}

/** The invoke stage: the Lambda runtime, or API Gateway's own 504 when the integration times out first. */
export async function invokeLambdaIntegration(
  withEvent: LambdaIntegrationEvent,
): Promise<StageResult<LambdaIntegrationInvoked>> {
  const { handler, event, fn, route, context } = withEvent;
  const invocation = await invoke(handler, event, contextFor(fn), {
    functionTimeout: fn.timeout,
    integrationTimeout: route.integrationTimeout,
  });
  if (invocation.kind === 'integration timed out')
    return finish(
      gatewayError(
        'integration timed out',
        `the integration timed out after ${route.integrationTimeout} s`,
        context,
      ),
    );
  return { ...withEvent, invocation };
}

/** The map stage: the integration responses choose the answer; none matching and no default is API Gateway's own error. */
export function mapLambdaIntegration({
  invocation,
  route,
  ids,
  context,
}: LambdaIntegrationInvoked): IntegrationAnswer {
  const answer = mapLambdaOutcome(
    lambdaOutcome(invocation),
    route.integrationResponses,
    ids.requestId,
  );
  answer.headers = { ...answer.headers, ...idHeaders('REST API', ids) };
  return {
    wire: fromLambdaAnswer(answer),
    ...(answer.problem === undefined
      ? {}
      : { gatewayError: { responseType: 'API_CONFIGURATION_ERROR' } }),
    context,
  };
}
