import type { APIGatewayProxyEvent } from 'aws-lambda';

export type JsonObject = { [key: string]: unknown };

/** The JSON object the client sent, or why the request cannot be read: the status to answer and a message. */
export type ParsedBody =
  | { ok: true; value: JsonObject }
  | { ok: false; statusCode: 400 | 415; message: string };

export function parseBody(
  event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded' | 'headers'>,
): ParsedBody {
  // TODO: never throw. Answer { ok: false, … } with a status and a message that says what is
  //       wrong when the request has no body, when the body is not JSON, when it is JSON but
  //       not an object, and (415) when its Content-Type is not JSON. A base64-encoded body
  //       is fine: decode it first.
  const text = event.isBase64Encoded
    ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
    : (event.body ?? 'null');
  return { ok: true, value: JSON.parse(text) as JsonObject };
}
