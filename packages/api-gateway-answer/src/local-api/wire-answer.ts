import { type EvidenceLevel, evidence } from '../evidence';
import type { GatewayAnswer, LambdaIntegrationAnswer } from '../index';

/** What the front door sends back, and the one line the console prints about it. */
export interface WireAnswer {
  statusCode: number;
  /** Lower-case names; a value with ", " in it may be several values, as the model joins them. */
  headers: Record<string, string>;
  body: Buffer;
  /** Why this is the answer: "the function's response", or the rule API Gateway applied. */
  why: string;
  /** How sure the model is of that rule; undefined when the function's response went through. */
  level?: EvidenceLevel;
  /** Set when the model does not cover the request: the console says so, instead of guessing silently. */
  notModelled?: string;
  /** The REST gateway response that changed this error answer (its type), when one did. */
  gatewayResponse?: string;
  /**
   * Set when the gateway response that would change this error answer is one AWS refuses at
   * deploy: why. Then it applies nowhere (there would be no API at all), and the line says so.
   */
  refusedAtDeploy?: string;
  /**
   * What the line adds after the why, when the answer is AWS's but may not be the one meant: a
   * key the framework ignores, a path that has a stage an HTTP API does not have.
   */
  note?: string;
}

/** A GatewayAnswer (REST proxy, HTTP API, Function URL) on the wire. */
export function fromGatewayAnswer(answer: GatewayAnswer): WireAnswer {
  const why =
    answer.problem ??
    answer.inferred ??
    (answer.evidence && answer.statusCode === 204 && answer.body === ''
      ? `the preflight, answered by the front door from its CORS configuration`
      : "the function's response");
  return {
    statusCode: answer.statusCode,
    headers: answer.headers,
    body: Buffer.from(answer.body, answer.bodyEncoding === 'base64' ? 'base64' : 'utf8'),
    why,
    level:
      answer.problem !== undefined || answer.inferred !== undefined
        ? answer.evidence?.level
        : undefined,
  };
}

/** A Lambda integration's answer on the wire. */
export function fromLambdaAnswer(answer: LambdaIntegrationAnswer): WireAnswer {
  return {
    statusCode: answer.statusCode,
    headers: answer.headers,
    body: Buffer.from(answer.body, 'utf8'),
    why: answer.problem ?? answer.chosen,
    // Its only problem: no integration response matches and there is no default.
    level: answer.problem !== undefined ? evidence.noDefault.level : undefined,
  };
}

/**
 * The console's line: `POST /dev/throw → 502 {"message": …} — why (level)`, and for a request
 * from a browser (`origin`), whether it may read the answer (or, for a preflight, send its request).
 */
export function consoleLine(
  method: string,
  path: string,
  answer: WireAnswer,
  origin?: string,
  preflight = false,
): string {
  const text = answer.body.toString('utf8').replace(/\s+/g, ' ');
  const body = text.length > 120 ? `${text.slice(0, 120)}…` : text;
  return `${method} ${path} → ${answer.statusCode}${body ? ` ${body}` : ''} — ${whyWords(answer)}${browserNote(answer, origin, preflight)}`;
}

/** The console line's why: the rule (with its evidence level), the gateway response, what is not modelled. */
export function whyWords(answer: WireAnswer): string {
  const level = answer.level === undefined ? '' : ` (${answer.level})`;
  const limit = answer.notModelled === undefined ? '' : ` — not modelled: ${answer.notModelled}`;
  const response =
    answer.refusedAtDeploy !== undefined
      ? ` — on AWS no API would answer at all, since AWS would refuse this deploy: ${answer.refusedAtDeploy}`
      : answer.gatewayResponse === undefined
        ? ''
        : ` — the ${answer.gatewayResponse} gateway response applies`;
  const note = answer.note === undefined ? '' : ` — note: ${answer.note}`;
  return `${answer.why}${level}${response}${limit}${note}`;
}

/** What a browser on `origin` makes of the answer's Access-Control-Allow-Origin. */
function browserNote(answer: WireAnswer, origin: string | undefined, preflight: boolean): string {
  if (origin === undefined) return '';
  const allowed = answer.headers['access-control-allow-origin'];
  // A failed preflight stops the browser before the request it asks about is sent.
  if (preflight && (allowed === undefined || (allowed !== '*' && allowed !== origin)))
    return ` — a browser on ${origin} stops here and never sends its request: the preflight does not allow that origin`;
  if (preflight) return '';
  if (allowed === undefined)
    return ` — a page on ${origin} cannot read it: no Access-Control-Allow-Origin`;
  if (allowed.includes(','))
    return ` — a page on ${origin} cannot read it: Access-Control-Allow-Origin has several values (${allowed}), which browsers reject`;
  if (allowed !== '*' && allowed !== origin)
    return ` — a page on ${origin} cannot read it: Access-Control-Allow-Origin is ${allowed}`;
  return '';
}
