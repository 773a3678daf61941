import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { parseBody } from './parse-body';

export async function throwError(
  event: APIGatewayProxyEvent,
  _context: Context,
): Promise<APIGatewayProxyResult> {
  const data = parseBody(event);
  // One JSON line per request: CloudWatch Logs Insights can then query its fields. The body's
  // size and first characters, never the whole: a body can be megabytes, every logged byte is
  // stored and paid for, and what a client sends may be personal data.
  const json = JSON.stringify(data);
  console.log(
    JSON.stringify({
      message: 'Received request body',
      bytes: Buffer.byteLength(json),
      preview: json.slice(0, 100),
    }),
  );
  return { statusCode: 200, body: '' };
}
