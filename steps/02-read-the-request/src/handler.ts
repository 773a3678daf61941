import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';

export async function throwError(
  _event: APIGatewayProxyEvent,
  _context: Context,
): Promise<APIGatewayProxyResult> {
  // TODO: read the request body with parseBody (./parse-body) and log one line of JSON about
  //       it (that line is what CloudWatch Logs shows): the body as JSON, its size in bytes
  //       under "bytes" and its first 100 characters under "preview", never the whole body.
  return { statusCode: 200, body: '' };
}
