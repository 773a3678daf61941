import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { parseBody } from './parse-body';

export async function throwError(
  event: APIGatewayProxyEvent,
  _context: Context,
): Promise<APIGatewayProxyResult> {
  const data = parseBody(event);
  // One JSON line per request: CloudWatch Logs Insights can then query its fields.
  console.log(JSON.stringify({ message: 'Received request body', body: data }));
  return { statusCode: 200, body: '' };
}
