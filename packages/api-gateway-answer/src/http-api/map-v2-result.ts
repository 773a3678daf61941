import type { GatewayAnswer } from '../gateway-answer';
import { describeValue } from '../map-proxy-result';
import { type Evidence, isFirm } from '../sources';
import { httpApiEvidence as evidence } from './evidence';

/** The two front doors that read a payload 2.0 result. */
export type V2FrontDoor = 'HTTP API' | 'Function URL';

interface Malformation {
  problem: string;
  evidence: Evidence;
}

/**
 * What the client receives for `result`, a payload 2.0 handler's value after Lambda's JSON
 * round trip (an HTTP API with payloadFormatVersion 2.0, or a Function URL, which uses the
 * same format). Without a statusCode the front door infers the response: a 200 with the value
 * as a JSON body, whatever the value says. Front-door headers (request ids, CORS) come later.
 */
export function mapV2Result(result: unknown, frontDoor: V2FrontDoor): GatewayAnswer {
  if (frontDoor === 'HTTP API' && isErrorDocument(result)) {
    const answer = v2Error(
      "the result has no statusCode and an errorMessage: shaped like Lambda's error document, an HTTP API answers it as a failed invocation",
      frontDoor,
      evidence.v2ErrorDocument,
    );
    if (!isFirm(evidence.v2ErrorDocument)) answer.ifAccepted = inferResponse(result, frontDoor);
    return answer;
  }
  if (!isResponseObject(result)) return inferResponse(result, frontDoor);

  const malformation = findMalformation(result, frontDoor);
  if (malformation === undefined) return deliver(result, frontDoor);
  const answer = v2Error(`${malformation.problem}`, frontDoor, malformation.evidence);
  // Every one of these rules is inferred: keep what the client gets if the front door accepts.
  if (!isFirm(malformation.evidence)) answer.ifAccepted = deliver(result, frontDoor);
  return answer;
}

/** The front door's own answer when the invocation failed or the result is unusable. */
export function v2Error(problem: string, frontDoor: V2FrontDoor, why: Evidence): GatewayAnswer {
  if (frontDoor === 'Function URL') {
    return {
      statusCode: 502,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: FUNCTION_URL_ERROR_BODY,
      problem,
      evidence: why,
      frontDoor,
    };
  }
  return {
    statusCode: 500,
    headers: { 'content-type': 'application/json' },
    body: HTTP_API_ERROR_BODY,
    problem,
    evidence: why,
    frontDoor,
  };
}

/** An HTTP API's 500 body when its Lambda integration fails (note the capital S, unlike REST's). */
export const HTTP_API_ERROR_BODY = '{"message":"Internal Server Error"}';
/** A Function URL's 502 body when the function fails: plain text (recorded); its Content-Type is inferred (evidence.urlErrorContentType). */
export const FUNCTION_URL_ERROR_BODY = 'Internal Server Error';

/** An object without statusCode that names an errorMessage, as Lambda's error document does. */
function isErrorDocument(result: unknown): boolean {
  return (
    typeof result === 'object' &&
    result !== null &&
    !Array.isArray(result) &&
    'errorMessage' in result &&
    !('statusCode' in result)
  );
}

/** A result the front door reads as a response: an object with a statusCode. */
function isResponseObject(result: unknown): result is Record<string, unknown> {
  return (
    typeof result === 'object' &&
    result !== null &&
    !Array.isArray(result) &&
    (result as Record<string, unknown>).statusCode !== undefined
  );
}

function inferResponse(result: unknown, frontDoor: V2FrontDoor): GatewayAnswer {
  const isObject = typeof result === 'object' && result !== null && !Array.isArray(result);
  const why =
    frontDoor === 'Function URL'
      ? typeof result === 'string'
        ? evidence.urlInferredString
        : evidence.urlInferred
      : isObject
        ? evidence.v2InferredObject
        : evidence.v2InferredOther;
  const inferred = isObject
    ? 'the result has no statusCode, so it is sent as the JSON body of a 200 — return {statusCode, headers, body} to choose the status'
    : `the function returned ${describeValue(result)}, not a response object with a statusCode, so it is sent as the body of a 200`;
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: typeof result === 'string' ? result : JSON.stringify(result),
    evidence: why,
    inferred,
    frontDoor,
  };
}

function findMalformation(
  result: Record<string, unknown>,
  frontDoor: V2FrontDoor,
): Malformation | undefined {
  const status = result.statusCode;
  const wholeNumber =
    (typeof status === 'number' && Number.isInteger(status)) ||
    (typeof status === 'string' && /^\d+$/.test(status));
  if (!wholeNumber)
    return {
      problem: `statusCode must be a whole number, got ${describeValue(status)}`,
      evidence: frontDoor === 'Function URL' ? evidence.urlMalformed : evidence.v2StatusNotNumeric,
    };
  if (frontDoor === 'Function URL' && (Number(status) < 100 || Number(status) > 599))
    return {
      problem: `statusCode must be between 100 and 599, got ${describeValue(status)}`,
      evidence: evidence.urlStatusRange,
    };
  if (result.body !== undefined && result.body !== null && typeof result.body !== 'string')
    return {
      problem: `body must be a string, got ${describeValue(result.body)} — use JSON.stringify`,
      evidence: frontDoor === 'Function URL' ? evidence.urlMalformed : evidence.v2BodyNotString,
    };
  const headers = result.headers;
  if (headers !== undefined && headers !== null) {
    if (typeof headers !== 'object' || Array.isArray(headers))
      return {
        problem: `headers must be an object, got ${describeValue(headers)}`,
        evidence: evidence.v2HeadersNotScalar,
      };
    const bad = Object.entries(headers).find(([, value]) => !isScalar(value));
    if (bad !== undefined)
      return {
        problem: `headers["${bad[0]}"] must be a string, got ${describeValue(bad[1])}; join several values with commas`,
        evidence: evidence.v2HeadersNotScalar,
      };
  }
  const cookies = result.cookies;
  if (
    cookies !== undefined &&
    cookies !== null &&
    !(Array.isArray(cookies) && cookies.every((c) => typeof c === 'string'))
  )
    return {
      problem: `cookies must be an array of strings, got ${describeValue(cookies)}`,
      evidence: evidence.v2CookiesNotStrings,
    };
  return undefined;
}

/** The client's answer for a response object; lenient with values it would have refused. */
function deliver(result: Record<string, unknown>, frontDoor: V2FrontDoor): GatewayAnswer {
  const headers: Record<string, string> = {};
  const given = result.headers;
  if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
    for (const [name, value] of Object.entries(given))
      if (isScalar(value)) headers[name.toLowerCase()] = String(value);
  }
  // multiValueHeaders is not part of payload 2.0: whatever it holds never reaches the client.
  if (Array.isArray(result.cookies)) {
    const cookies = result.cookies.filter((c): c is string => typeof c === 'string');
    // Each cookie is its own Set-Cookie header; joined here as Node's client joins repeats.
    if (cookies.length > 0) headers['set-cookie'] = cookies.join(', ');
  }
  headers['content-type'] ??= 'application/json';
  const status = Number(result.statusCode);
  return {
    statusCode: Number.isFinite(status) ? Math.trunc(status) : 200,
    headers,
    body: bodyOf(result),
    frontDoor,
  };
}

function bodyOf(result: Record<string, unknown>): string {
  const { body } = result;
  if (body === undefined || body === null) return '';
  if (typeof body !== 'string') return JSON.stringify(body);
  // Unlike a REST API without binary media types, payload 2.0 decodes a base64 body.
  return result.isBase64Encoded === true ? Buffer.from(body, 'base64').toString('utf8') : body;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
