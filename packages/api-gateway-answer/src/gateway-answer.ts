import { type Evidence, isFirm } from './sources';

/** Which front door answered: a REST API (the default), an HTTP API or a Lambda Function URL. */
export type DoorKind = 'REST API' | 'HTTP API' | 'Function URL';

/**
 * What a client receives from API Gateway (REST API, Lambda-proxy integration, payload 1.0),
 * or from an HTTP API or a Function URL (http-api/).
 */
export interface GatewayAnswer {
  statusCode: number;
  /** Lower-case names, as Node's HTTP client presents them; repeated values joined with ", ". */
  headers: Record<string, string>;
  /** The body as text; with `bodyEncoding: 'base64'`, the base64 of the bytes the client receives. */
  body: string;
  /**
   * 'base64' when the client receives bytes, not text: API Gateway decoded an
   * `isBase64Encoded` body because the request's Accept is one of the API's binary media
   * types. An HTTP server writes `Buffer.from(body, 'base64')`. Undefined: `body` is the text.
   */
  bodyEncoding?: 'base64';
  /**
   * Undefined when the function's result reached the client. Otherwise the reason API
   * Gateway answered with an error of its own instead, e.g. "body must be a string, got object".
   */
  problem?: string;
  /** How sure we are of the rule behind `problem` (or, without one, behind `inferred`). */
  evidence?: Evidence;
  /**
   * Why the front door inferred the response instead of reading one from the result, e.g.
   * "the result has no statusCode, so it is sent as the JSON body of a 200". Undefined when
   * the function returned a response object (or when the front door answered with an error).
   */
  inferred?: string;
  /** Who answered; undefined means a REST API. */
  frontDoor?: DoorKind;
  /**
   * Set when a browser would keep this answer from the page that asked (its CORS check
   * fails), with why, e.g. a duplicate Access-Control-Allow-Origin. Only the Function URL
   * model sets it, for a request with an Origin: a check can then name what the browser
   * does, not just the header's value.
   */
  browserRejects?: string;
  /**
   * For a `problem` weaker than documented: what the client would receive if AWS accepted
   * the result after all. Learner checks judge this one and print a note.
   */
  ifAccepted?: GatewayAnswer;
}

/** The body API Gateway sends with its own 502 when the function throws or its result is malformed. */
export const INTERNAL_SERVER_ERROR_BODY = '{"message": "Internal server error"}';

/**
 * The headers of a REST API's own 5xx (a 502, a refusal's 500, a timeout's 504) beside
 * Content-Type: public captures of real AWS show its error type (reported: evidence.errorTypeHeader).
 */
export const GATEWAY_5XX_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  'x-amzn-errortype': 'InternalServerErrorException',
};

/**
 * What AWS would do and why, for a failing check. It reads mid-sentence ("…, but the Function
 * URL would answer 502 …"): where it starts a sentence, pass it through `sentence`.
 */
export function explainAnswer(answer: GatewayAnswer): string {
  const who = answer.frontDoor === 'Function URL' ? 'the Function URL' : 'API Gateway';
  if (answer.problem === undefined)
    return `${who} would answer ${answer.statusCode} with the function's response.`;
  return `${who} would answer ${answer.statusCode} ${answer.body}: ${answer.problem}.`;
}

/** `text` with its first letter in capitals, to start a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "an HTTP API inferred a 200: the result has no statusCode, …", or undefined when nothing was inferred. */
export function explainInference(answer: GatewayAnswer): string | undefined {
  if (answer.inferred === undefined) return undefined;
  const who =
    answer.frontDoor === 'Function URL' ? 'the Function URL' : `an ${answer.frontDoor ?? 'API'}`;
  return `${who} inferred a ${answer.statusCode}: ${answer.inferred}`;
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
