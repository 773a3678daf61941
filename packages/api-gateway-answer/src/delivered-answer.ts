import { answerToJudge, explainAnswer, type GatewayAnswer } from './gateway-answer';

/**
 * The answer, when the function's own result reaches the client. When API Gateway replaces
 * it with its own 502, that 502 has a JSON body and a JSON Content-Type of its own, which
 * a check of the function's body or headers must not take for the function's: this throws
 * instead, with API Gateway's reason, when the rule behind the 502 is recorded or documented.
 */
export function deliveredAnswer(answer: GatewayAnswer): GatewayAnswer {
  // A 502 by a rule that is only reported or inferred fails no check: the checks read what
  // the client would get if AWS accepted the result, and a note says what AWS may do instead.
  const judged = answerToJudge(answer);
  if (judged.note !== undefined) console.warn(judged.note);
  if (judged.answer.problem === undefined) return judged.answer;
  const error = new Error(
    `The client would never see the function's body or headers: ${explainAnswer(answer)}`,
  );
  // Jest then shows the failing check's line, not this one.
  Error.captureStackTrace(error, deliveredAnswer);
  throw error;
}
