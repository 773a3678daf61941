import type { APIGatewayProxyEvent } from 'aws-lambda';
import { type BinaryMediaOptions, decodedBody, sendsBytes } from './binary-media-types';
import {
  GATEWAY_5XX_HEADERS,
  type GatewayAnswer,
  INTERNAL_SERVER_ERROR_BODY,
} from './gateway-answer';
import { proxyClientName } from './proxy-response-headers';
import { type Evidence, evidence, isFirm } from './sources';

const RESULT_KEYS = ['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded'];

/** The parts of the event API Gateway's answer depends on: its ids, and the request's Accept. */
type GatewayEvent =
  | (Pick<APIGatewayProxyEvent, 'requestContext'> &
      Partial<Pick<APIGatewayProxyEvent, 'headers' | 'multiValueHeaders'>>)
  | null
  | undefined;

/** How the API is configured, where it changes the answer. */
export type GatewayOptions = BinaryMediaOptions;

interface Malformation {
  problem: string;
  evidence: Evidence;
}

/**
 * What API Gateway sends the client for `result`, the value a proxy handler resolved with
 * *after* Lambda serialised it to JSON and parsed it back (see invoke-through-api-gateway).
 * `options.binaryMediaTypes` is the API's list (none by default, as in this workshop).
 */
export function mapProxyResult(
  result: unknown,
  event?: GatewayEvent,
  options: GatewayOptions = {},
): GatewayAnswer {
  const malformation = findMalformation(result);
  if (malformation === undefined) return deliver(result as Record<string, unknown>, event, options);

  // API Gateway's execution log names every one of these "Malformed Lambda proxy response".
  const answer = gatewayError(
    `${malformation.problem} (Malformed Lambda proxy response)`,
    event,
    malformation.evidence,
  );
  // A rule we only inferred or read in a report may be wrong: keep what AWS would send if it
  // accepted the result, so a learner's check can judge that instead.
  if (!isFirm(malformation.evidence)) answer.ifAccepted = deliver(asRecord(result), event, options);
  return answer;
}

/** API Gateway's own 502, as sent when the function threw or returned something malformed. */
export function gatewayError(
  problem: string,
  event: GatewayEvent,
  why: Evidence,
  statusCode = 502,
): GatewayAnswer {
  return {
    statusCode,
    headers: { ...GATEWAY_5XX_HEADERS, ...gatewayHeaders(event) },
    body: INTERNAL_SERVER_ERROR_BODY,
    problem,
    evidence: why,
  };
}

/** The first rule of the proxy-result contract that `result` breaks, or undefined. */
function findMalformation(result: unknown): Malformation | undefined {
  if (typeof result === 'string')
    return {
      problem: `the function returned ${describeValue(result)}, not an object`,
      evidence: evidence.bareString,
    };
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    return {
      problem: `the function returned ${describeValue(result)}, not an object`,
      evidence: evidence.notAnObject,
    };
  }
  const record = result as Record<string, unknown>;

  const unknownKey = Object.keys(record).find((key) => !RESULT_KEYS.includes(key));
  if (unknownKey !== undefined) {
    return {
      problem: `unknown top-level key "${unknownKey}"; a proxy result may only have ${RESULT_KEYS.join(', ')}`,
      evidence: unknownKey === 'cookies' ? evidence.cookiesKey : evidence.unknownKey,
    };
  }

  const status = findStatusMalformation(record.statusCode);
  if (status !== undefined) return status;

  if (record.body !== undefined && record.body !== null && typeof record.body !== 'string') {
    return {
      problem: `body must be a string, got ${describeValue(record.body)} — use JSON.stringify`,
      evidence: typeof record.body === 'object' ? evidence.objectBody : evidence.otherBody,
    };
  }

  if (
    record.isBase64Encoded !== undefined &&
    record.isBase64Encoded !== null &&
    typeof record.isBase64Encoded !== 'boolean'
  ) {
    return {
      problem: `isBase64Encoded must be a boolean, got ${describeValue(record.isBase64Encoded)}`,
      evidence: evidence.isBase64NotBoolean,
    };
  }

  return (
    findHeaderMalformation(record.headers, false) ??
    findHeaderMalformation(record.multiValueHeaders, true)
  );
}

/** A missing statusCode is 200 and "201" is 201 (both recorded); "test" is a 502 (recorded). */
function findStatusMalformation(statusCode: unknown): Malformation | undefined {
  if (statusCode === undefined) return undefined;
  if (typeof statusCode === 'number' && Number.isInteger(statusCode)) return undefined;
  if (typeof statusCode === 'string' && /^\d+$/.test(statusCode)) return undefined;
  const problem = `statusCode must be a whole number (or a string of digits), got ${describeValue(statusCode)}`;
  if (typeof statusCode === 'string' && Number.isNaN(Number(statusCode)))
    return { problem, evidence: evidence.statusNotNumeric };
  return { problem, evidence: evidence.statusOddValue };
}

function findHeaderMalformation(headers: unknown, multiValue: boolean): Malformation | undefined {
  const field = multiValue ? 'multiValueHeaders' : 'headers';
  if (headers === undefined || headers === null) return undefined;
  if (typeof headers !== 'object' || Array.isArray(headers)) {
    return {
      problem: `${field} must be an object, got ${describeValue(headers)}`,
      evidence: evidence.headersNotObject,
    };
  }
  for (const [name, value] of Object.entries(headers)) {
    if (multiValue) {
      if (!Array.isArray(value))
        return {
          problem: `${field}["${name}"] must be an array, got ${describeValue(value)}`,
          evidence: evidence.multiValueNotArray,
        };
      const bad = value.find((item) => !isScalar(item));
      if (bad !== undefined)
        return {
          problem: `${field}["${name}"] must hold strings, got ${describeValue(bad)}`,
          evidence: evidence.multiValueItemNotScalar,
        };
    } else if (!isScalar(value)) {
      return {
        problem: `${field}["${name}"] must be a string, got ${describeValue(value)}; multiple values go in multiValueHeaders`,
        evidence: evidence.headerValueNotScalar,
      };
    }
  }
  return undefined;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * The client's answer for a result API Gateway accepts. Lenient with values it would have
 * rejected (it is also what `ifAccepted` shows for a rule we are not sure of).
 */
function deliver(
  proxy: Record<string, unknown>,
  event: GatewayEvent,
  options: GatewayOptions,
): GatewayAnswer {
  const headers = mergeHeaders(asRecord(proxy.headers), asRecord(proxy.multiValueHeaders));
  // With no Content-Type from the function, API Gateway says application/json (recorded).
  headers['content-type'] ??= 'application/json';
  const answer: GatewayAnswer = {
    statusCode: statusOf(proxy.statusCode),
    headers: { ...headers, ...gatewayHeaders(event) },
    body: bodyOf(proxy.body),
  };
  // A base64 body stays the base64 text unless the request's Accept is a binary media type.
  if (proxy.isBase64Encoded !== true || !sendsBytes(event, options.binaryMediaTypes)) return answer;
  const bytes = decodedBody(answer.body);
  if (bytes === undefined)
    return gatewayError(
      `isBase64Encoded is true and the request's Accept is a binary media type, but the body is not base64 (${describeValue(answer.body)})`,
      event,
      evidence.binaryNotBase64,
      500,
    );
  return { ...answer, body: bytes, bodyEncoding: 'base64' };
}

function statusOf(statusCode: unknown): number {
  const status = Number(statusCode ?? 200);
  return Number.isFinite(status) ? Math.trunc(status) : 200;
}

function bodyOf(body: unknown): string {
  if (body === undefined || body === null) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * `headers` and `multiValueHeaders` together, names compared in any case. A name in both
 * sends both: the multi-value ones first (recorded).
 */
function mergeHeaders(
  single: Record<string, unknown>,
  multi: Record<string, unknown>,
): Record<string, string> {
  const merged = new Map<string, string[]>();
  const add = (name: string, values: unknown[]) => {
    const key = proxyClientName(name);
    if (key === undefined) return;
    merged.set(key, [...(merged.get(key) ?? []), ...values.filter(isScalar).map(String)]);
  };
  for (const [name, values] of Object.entries(multi))
    add(name, Array.isArray(values) ? values : [values]);
  for (const [name, value] of Object.entries(single))
    add(name, Array.isArray(value) ? value : [value]);
  return Object.fromEntries(
    [...merged]
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, values.join(', ')]),
  );
}

/** Headers API Gateway adds to every answer, its own request ids among them. */
export function gatewayHeaders(event: GatewayEvent): Record<string, string> {
  const context = event?.requestContext;
  const headers: Record<string, string> = {};
  if (context?.requestId) headers['x-amzn-requestid'] = context.requestId;
  if (context?.extendedRequestId) headers['x-amz-apigw-id'] = context.extendedRequestId;
  return headers;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value;
}
