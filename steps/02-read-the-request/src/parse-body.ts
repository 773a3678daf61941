import type { APIGatewayProxyEvent } from 'aws-lambda';

/** The JSON the client sent, or null when the request has no body. */
export function parseBody(event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded'>): unknown {
  // TODO: return the request body parsed from JSON, or null when there is none. API Gateway
  //       hands the body over as a string, base64-encoded when event.isBase64Encoded says so.
  return event.body;
}
