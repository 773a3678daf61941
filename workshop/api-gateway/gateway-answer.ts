import { type Evidence, isFirm } from './sources';

/** What a client receives from API Gateway (REST API, Lambda-proxy integration, payload 1.0). */
export interface GatewayAnswer {
  statusCode: number;
  /** Lower-case names, as Node's HTTP client presents them; repeated values joined with ", ". */
  headers: Record<string, string>;
  body: string;
  /**
   * Undefined when the function's result reached the client. Otherwise the reason API
   * Gateway answered with an error of its own instead, e.g. "body must be a string, got object".
   */
  problem?: string;
  /** How sure we are of the rule behind `problem`. */
  evidence?: Evidence;
  /**
   * For a `problem` weaker than documented: what the client would receive if AWS accepted
   * the result after all. Learner checks judge this one and print a note.
   */
  ifAccepted?: GatewayAnswer;
}

/** The body API Gateway sends with its own 502 when the function throws or its result is malformed. */
export const INTERNAL_SERVER_ERROR_BODY = '{"message": "Internal server error"}';

/** One sentence for a failing check: what AWS would do and why. */
export function explainAnswer(answer: GatewayAnswer): string {
  if (answer.problem === undefined)
    return `API Gateway would answer ${answer.statusCode} with the function's response.`;
  return `API Gateway would answer ${answer.statusCode} ${answer.body}: ${answer.problem}.`;
}

/**
 * The answer a learner's check may hold against them. A problem found by a rule that is only
 * reported or inferred must not fail a step: the check judges what the client would get if AWS
 * accepted the result, and says in a note what AWS may do instead.
 */
export function answerToJudge(answer: GatewayAnswer): { answer: GatewayAnswer; note?: string } {
  if (
    answer.problem === undefined ||
    answer.evidence === undefined ||
    isFirm(answer.evidence) ||
    answer.ifAccepted === undefined
  )
    return { answer };
  return { answer: answer.ifAccepted, note: weakRuleNote(answer) };
}

/** "AWS may answer 502 here — reported, not documented: …" */
export function weakRuleNote(answer: GatewayAnswer): string {
  const level = answer.evidence?.level ?? 'inferred';
  return `AWS may answer ${answer.statusCode} here — ${level}, not documented: ${answer.problem} (${answer.evidence?.says ?? 'no source'}).`;
}
