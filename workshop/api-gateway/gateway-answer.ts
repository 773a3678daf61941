/** What a client receives from API Gateway (REST API, Lambda-proxy integration, payload 1.0). */
export interface GatewayAnswer {
  statusCode: number;
  /** Lower-case names, as Node's HTTP client presents them; repeated values joined with ", ". */
  headers: Record<string, string>;
  body: string;
  /**
   * Undefined when the function's result reached the client. Otherwise the reason API
   * Gateway answered 502 instead, e.g. "body must be a string, got object".
   */
  problem?: string;
}

/** The body API Gateway sends with its own 502 when the function throws or its result is malformed. */
export const INTERNAL_SERVER_ERROR_BODY = '{"message": "Internal server error"}';

/** One sentence for a failing check: what AWS would do and why. */
export function explainAnswer(answer: GatewayAnswer): string {
  if (answer.problem === undefined) return `API Gateway would answer ${answer.statusCode} with the function's response.`;
  return `API Gateway would answer ${answer.statusCode} ${INTERNAL_SERVER_ERROR_BODY}: ${answer.problem}.`;
}
