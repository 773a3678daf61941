import type { APIGatewayProxyEvent } from 'aws-lambda';
import { INTERNAL_SERVER_ERROR_BODY, type GatewayAnswer } from './gateway-answer';

const RESULT_KEYS = ['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded'];

/**
 * Response headers API Gateway does not pass through under their own name: it sends them
 * as `x-amzn-Remapped-<name>` and uses its own (AWS, "Amazon API Gateway important notes").
 */
const REMAPPED_HEADERS = new Set(['authorization', 'content-length', 'date', 'server', 'www-authenticate']);

type GatewayEvent = Pick<APIGatewayProxyEvent, 'requestContext'> | null | undefined;

/**
 * What API Gateway sends the client for `result`, the value a proxy handler resolved with
 * *after* Lambda serialised it to JSON and parsed it back (see invoke-through-api-gateway).
 */
export function mapProxyResult(result: unknown, event?: GatewayEvent): GatewayAnswer {
  const problem = findMalformation(result);
  // API Gateway's execution log names every one of these "Malformed Lambda proxy response".
  if (problem !== undefined) return gatewayError(`${problem} (Malformed Lambda proxy response)`, event);

  const proxy = result as ProxyResultShape;
  const headers = mergeHeaders(proxy.headers ?? {}, proxy.multiValueHeaders ?? {});
  return {
    statusCode: proxy.statusCode,
    headers: { ...headers, ...gatewayHeaders(event) },
    // With no binary media types configured (this workshop's APIs), API Gateway sends a
    // base64 body as the base64 text itself; it decodes only for a matching Accept header.
    body: proxy.body ?? '',
  };
}

/** API Gateway's own 502, as sent when the function threw or returned something malformed. */
export function gatewayError(problem: string, event?: GatewayEvent): GatewayAnswer {
  return {
    statusCode: 502,
    headers: { 'content-type': 'application/json', ...gatewayHeaders(event) },
    body: INTERNAL_SERVER_ERROR_BODY,
    problem,
  };
}

interface ProxyResultShape {
  statusCode: number;
  headers?: Record<string, string | number | boolean> | null;
  multiValueHeaders?: Record<string, Array<string | number | boolean>> | null;
  body?: string | null;
  isBase64Encoded?: boolean | null;
}

/** The first rule of the proxy-result contract that `result` breaks, or undefined. */
function findMalformation(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    return `the function returned ${describeValue(result)}, not an object with a statusCode`;
  }
  const record = result as Record<string, unknown>;

  const unknownKey = Object.keys(record).find((key) => !RESULT_KEYS.includes(key));
  if (unknownKey !== undefined) {
    return `unknown top-level key "${unknownKey}"; a proxy result may only have ${RESULT_KEYS.join(', ')}`;
  }

  if (!('statusCode' in record)) return 'statusCode is missing';
  if (typeof record.statusCode !== 'number' || !Number.isInteger(record.statusCode)) {
    return `statusCode must be an integer, got ${describeValue(record.statusCode)}`;
  }

  if (record.body !== undefined && record.body !== null && typeof record.body !== 'string') {
    return `body must be a string, got ${describeValue(record.body)} — use JSON.stringify`;
  }

  if (record.isBase64Encoded !== undefined && record.isBase64Encoded !== null && typeof record.isBase64Encoded !== 'boolean') {
    return `isBase64Encoded must be a boolean, got ${describeValue(record.isBase64Encoded)}`;
  }

  return findHeaderMalformation(record.headers, false) ?? findHeaderMalformation(record.multiValueHeaders, true);
}

function findHeaderMalformation(headers: unknown, multiValue: boolean): string | undefined {
  const field = multiValue ? 'multiValueHeaders' : 'headers';
  if (headers === undefined || headers === null) return undefined;
  if (typeof headers !== 'object' || Array.isArray(headers)) {
    return `${field} must be an object, got ${describeValue(headers)}`;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (multiValue) {
      if (!Array.isArray(value)) return `${field}["${name}"] must be an array, got ${describeValue(value)}`;
      const bad = value.find((item) => !isScalar(item));
      if (bad !== undefined) return `${field}["${name}"] must hold strings, got ${describeValue(bad)}`;
    } else if (!isScalar(value)) {
      return `${field}["${name}"] must be a string, got ${describeValue(value)}; multiple values go in multiValueHeaders`;
    }
  }
  return undefined;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** `headers` and `multiValueHeaders` together; for a name in both, the multi-value entry wins. */
function mergeHeaders(
  single: Record<string, string | number | boolean>,
  multi: Record<string, Array<string | number | boolean>>,
): Record<string, string> {
  const merged = new Map<string, string[]>();
  for (const [name, value] of Object.entries(single)) merged.set(clientName(name), [String(value)]);
  for (const [name, values] of Object.entries(multi)) merged.set(clientName(name), values.map(String));
  return Object.fromEntries([...merged].map(([name, values]) => [name, values.join(', ')]));
}

function clientName(name: string): string {
  const lower = name.toLowerCase();
  return REMAPPED_HEADERS.has(lower) ? `x-amzn-remapped-${lower}` : lower;
}

/** Headers API Gateway adds to every answer, its own request ids among them. */
function gatewayHeaders(event: GatewayEvent): Record<string, string> {
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
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value;
}
