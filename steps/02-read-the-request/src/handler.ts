import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';

export async function throwError(
  _event: APIGatewayProxyEvent,
  _context: Context,
): Promise<APIGatewayProxyResult> {
  // TODO: read the request body with parseBody (./parse-body) and log it as one line of JSON,
  //       with the parsed body under the key "body": that line is what CloudWatch Logs shows.
  return { statusCode: 200, body: '' };
}
