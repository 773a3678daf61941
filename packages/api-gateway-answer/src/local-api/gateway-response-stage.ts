import { type DoorContext, withGatewayResponses } from './gateway-errors';
import type { WireAnswer } from './wire-answer';

/** An integration's answer on the wire, and whether API Gateway made it itself. */
export interface IntegrationAnswer {
  wire: WireAnswer;
  /**
   * Set when the answer is API Gateway's own error (a failed invocation, a malformed result,
   * a timeout, no integration response): the gateway response type tried first, or null to
   * try only DEFAULT_4XX/5XX. Undefined when the function's answer went through.
   */
  gatewayError?: { responseType: string | null };
  context: DoorContext;
}

/**
 * The gateway-responses stage: an error API Gateway made itself gets the REST API's
 * configured gateway response; the function's own answer goes through untouched.
 */
export function applyGatewayResponses({
  wire,
  gatewayError,
  context,
}: IntegrationAnswer): WireAnswer {
  if (gatewayError === undefined) return wire;
  return withGatewayResponses(wire, gatewayError.responseType ?? undefined, context);
}
