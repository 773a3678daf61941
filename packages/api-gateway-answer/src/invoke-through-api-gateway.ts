import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { ENDPOINT_TIMED_OUT_BODY } from './failures';
import type { GatewayAnswer } from './gateway-answer';
import { invocationContext } from './lambda-context';
import { type Clock, type FailureCause, type Invocation, invoke } from './lambda-runtime';
import {
  type GatewayOptions,
  gatewayError,
  gatewayHeaders,
  mapProxyResult,
} from './map-proxy-result';
import { type Evidence, evidence } from './sources';

export { MAX_RESPONSE_PAYLOAD_BYTES } from './lambda-runtime';

/** Any function that could be configured as a proxy handler, typed loosely so tests can pass broken ones. */
export type AnyProxyHandler = (event: APIGatewayProxyEvent, context: Context) => unknown;

export interface ProxyOptions extends GatewayOptions {
  /** The function's and the integration's timeouts; none by default (the handler is awaited). */
  clock?: Clock;
}

/**
 * Answers: given this handler and this event, what would a client of API Gateway
 * (REST API, Lambda-proxy integration) receive? It applies what happens in between:
 * Lambda turns a throw into a failed invocation and serialises the result to JSON,
 * then API Gateway validates the proxy result and builds the HTTP response.
 * `options.binaryMediaTypes`: the API's (`provider.apiGateway.binaryMediaTypes`); none by default.
 */
export async function invokeThroughApiGateway(
  handler: AnyProxyHandler,
  event: APIGatewayProxyEvent,
  context: Context = invocationContext(),
  options: ProxyOptions = {},
): Promise<GatewayAnswer> {
  return answerProxyInvocation(
    await invoke(handler, event, context, options.clock),
    event,
    options,
  );
}

/** A REST proxy integration's answer to one invocation. */
export function answerProxyInvocation(
  invocation: Invocation,
  event: APIGatewayProxyEvent,
  options: GatewayOptions = {},
): GatewayAnswer {
  if (invocation.kind === 'integration timed out')
    return {
      statusCode: 504,
      headers: { 'content-type': 'application/json', ...gatewayHeaders(event) },
      body: ENDPOINT_TIMED_OUT_BODY,
      problem: `the integration timed out after ${invocation.after} s, before the function answered`,
      evidence: evidence.integrationTimeout,
    };
  if (invocation.kind === 'failed')
    return gatewayError(
      invocation.cause === 'threw'
        ? `${invocation.why}; a proxy integration turns every error into 502, whatever its message`
        : invocation.why,
      event,
      failureEvidence(invocation.cause, invocation.thrown),
    );
  return mapProxyResult(invocation.result, event, options);
}

function failureEvidence(cause: FailureCause, thrown: unknown): Evidence {
  if (cause === 'unserialisable') return evidence.unserialisable;
  if (cause === 'too large') return evidence.payloadTooLarge;
  if (cause === 'timed out') return evidence.lambdaTimeout;
  return statusInMessage(thrown) ? evidence.statusInMessage : evidence.functionError;
}

/** A message like "[400] Bad Request": the Lambda integration's convention, meaningless to a proxy one. */
function statusInMessage(error: unknown): boolean {
  return error instanceof Error && /\[\d{3}\]/.test(error.message);
}
