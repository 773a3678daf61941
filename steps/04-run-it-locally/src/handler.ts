import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { parseBody } from './parse-body';

export async function throwError(
  event: APIGatewayProxyEvent,
  context: Context,
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
  return {
    statusCode: 400,
    headers: {
      'Content-Type': 'application/json',
      // The Lambda request id, which files this invocation's log lines. API Gateway adds its
      // own, different id as x-amzn-RequestId.
      'X-Request-Id': context.awsRequestId,
    },
    // A string, as API Gateway's output format says (an object body is reported to give a 502).
    body: JSON.stringify({ message: 'Bad Request', requestId: context.awsRequestId }),
    isBase64Encoded: false,
  };
}
