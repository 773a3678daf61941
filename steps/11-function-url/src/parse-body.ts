import type { APIGatewayProxyEvent } from 'aws-lambda';

export type JsonObject = { [key: string]: unknown };

/** The JSON object the client sent, or why the request cannot be read: the status to answer and a message. */
export type ParsedBody =
  | { ok: true; value: JsonObject }
  | { ok: false; statusCode: 400 | 415; message: string };

/**
 * Content types whose body this endpoint reads as JSON: JSON itself, any `+json` type, and
 * `application/x-www-form-urlencoded`, which `curl --data` sends unless told otherwise.
 */
const READABLE_TYPES = /^application\/(json|[\w.+-]+\+json|x-www-form-urlencoded)$/;

export function parseBody(
  event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded' | 'headers'>,
): ParsedBody {
  const contentType = headerValue(event.headers, 'content-type')
    ?.split(';')[0]
    .trim()
    .toLowerCase();
  if (contentType && !READABLE_TYPES.test(contentType)) {
    return {
      ok: false,
      statusCode: 415,
      message: `Send the body as application/json, not ${contentType}.`,
    };
  }
  if (!event.body) {
    return { ok: false, statusCode: 400, message: 'The request has no body; send a JSON object.' };
  }
  // API Gateway base64-encodes bodies whose Content-Type is one of the API's binary media types.
  const text = event.isBase64Encoded
    ? Buffer.from(event.body, 'base64').toString('utf8')
    : event.body;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, statusCode: 400, message: 'The request body is not valid JSON.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      statusCode: 400,
      message: `The request body must be a JSON object, not ${Array.isArray(value) ? 'an array' : String(value === null ? 'null' : typeof value)}.`,
    };
  }
  return { ok: true, value: value as JsonObject };
}

/** A request header by name, in any case; API Gateway passes the client's spelling, or no headers at all. */
function headerValue(
  headers: APIGatewayProxyEvent['headers'] | null,
  name: string,
): string | undefined {
  const found = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return found?.[1];
}
