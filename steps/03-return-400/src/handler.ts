import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { parseBody } from './parse-body';

export async function throwError(
  event: APIGatewayProxyEvent,
  _context: Context,
): Promise<APIGatewayProxyResult> {
  const data = parseBody(event);
  // One JSON line per request: CloudWatch Logs Insights can then query its fields.
  console.log(JSON.stringify({ message: 'Received request body', body: data }));
  // TODO: answer 400 Bad Request as a Lambda-proxy result: a JSON body that says what went
  //       wrong and carries the Lambda request id, a Content-Type that is true of that body,
  //       the request id in an X-Request-Id header too, and isBase64Encoded false.
  return { statusCode: 200, body: '' };
}
