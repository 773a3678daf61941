import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { lambdaContext } from '../fixtures/lambda-context';
import type { GatewayAnswer } from './gateway-answer';
import {
  describeValue,
  type GatewayOptions,
  gatewayError,
  mapProxyResult,
} from './map-proxy-result';
import { evidence } from './sources';

/** Any function that could be configured as a proxy handler, typed loosely so tests can pass broken ones. */
export type AnyProxyHandler = (event: APIGatewayProxyEvent, context: Context) => unknown;

/**
 * Lambda's limit for a synchronous invocation's response, in bytes, as its error message
 * states: "Response payload size (N bytes) exceeded maximum allowed payload size (6291556 bytes)".
 */
export const MAX_RESPONSE_PAYLOAD_BYTES = 6_291_556;

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
  context: Context = lambdaContext(),
  options: GatewayOptions = {},
): Promise<GatewayAnswer> {
  let result: unknown;
  try {
    result = await handler(event, context);
  } catch (error) {
    return gatewayError(
      `the function threw ${describeError(error)}; a proxy integration turns every error into 502, whatever its message`,
      event,
      statusInMessage(error) ? evidence.statusInMessage : evidence.functionError,
    );
  }

  let payload: string | undefined;
  try {
    payload = JSON.stringify(result);
  } catch (error) {
    return gatewayError(
      `Lambda could not serialise the result to JSON (${describeError(error)})`,
      event,
      evidence.unserialisable,
    );
  }
  // JSON.stringify(undefined) is undefined: Lambda then sends `null` to API Gateway.
  payload ??= 'null';
  const size = Buffer.byteLength(payload);
  if (size > MAX_RESPONSE_PAYLOAD_BYTES) {
    return gatewayError(
      `the response is ${size} bytes; Lambda refuses synchronous responses over ${MAX_RESPONSE_PAYLOAD_BYTES} bytes`,
      event,
      evidence.payloadTooLarge,
    );
  }
  return mapProxyResult(JSON.parse(payload), event, options);
}

/** A message like "[400] Bad Request": the Lambda integration's convention, meaningless to a proxy one. */
function statusInMessage(error: unknown): boolean {
  return error instanceof Error && /\[\d{3}\]/.test(error.message);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${JSON.stringify(error.message)}`;
  return describeValue(error);
}
