import type { APIGatewayProxyEvent } from 'aws-lambda';

/** The JSON the client sent, or null when the request has no body. */
export function parseBody(event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded'>): unknown {
  if (event.body === null) return null;
  // API Gateway base64-encodes bodies whose Content-Type is one of the API's binary media types.
  const text = event.isBase64Encoded
    ? Buffer.from(event.body, 'base64').toString('utf8')
    : event.body;
  return JSON.parse(text);
}
