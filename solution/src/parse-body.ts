import type { APIGatewayProxyEvent } from 'aws-lambda';

export type JsonObject = { [key: string]: unknown };

export type ParsedBody =
  | { ok: true; value: JsonObject }
  | { ok: false; problem: string };

/**
 * Reads the request body of a Lambda-proxy event as a JSON object.
 *
 * It never throws: a throw inside a proxy handler reaches the client as a 502
 * "Internal server error", so every way a body can be wrong is returned as a
 * `problem` the handler can turn into a 400 that says what was wrong.
 */
export function parseJsonBody(event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded'>): ParsedBody {
  if (event.body === null || event.body === undefined || event.body === '') {
    return { ok: false, problem: 'The request has no body; send a JSON object.' };
  }

  // API Gateway base64-encodes the body when the request's Content-Type is one of
  // the API's binary media types; the JSON is inside.
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'The request body is not valid JSON.' };
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: `The request body must be a JSON object, got ${describe(value)}.` };
  }
  return { ok: true, value: value as JsonObject };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
