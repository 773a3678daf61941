import { explainAnswer, type GatewayAnswer } from './gateway-answer';

/**
 * The answer, when the function's own result reaches the client. When API Gateway replaces
 * it with its own 502, that 502 has a JSON body and a JSON Content-Type of its own, which
 * a check of the function's body or headers must not take for the function's: this throws
 * instead, with API Gateway's reason.
 */
export function deliveredAnswer(answer: GatewayAnswer): GatewayAnswer {
  if (answer.problem === undefined) return answer;
  const error = new Error(`The client would never see the function's body or headers: ${explainAnswer(answer)}`);
  // Jest then shows the failing check's line, not this one.
  Error.captureStackTrace(error, deliveredAnswer);
  throw error;
}
