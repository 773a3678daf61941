import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { jsonResponse } from './json-response';
import { parseJsonBody } from './parse-body';

/**
 * POST /throw — the workshop's demonstration endpoint. It reads and logs the JSON body
 * it is sent, then answers 400 Bad Request, the way a real service rejects a request.
 * A body it cannot read is also a 400 (never a crash, which API Gateway turns into 502),
 * with a message that says what was wrong.
 */
export async function throwError(event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> {
  const parsed = parseJsonBody(event);

  if (!parsed.ok) {
    console.log(JSON.stringify({ level: 'warn', message: 'Rejected request body', problem: parsed.problem }));
    return jsonResponse(400, { error: 'Bad Request', message: parsed.problem, requestId: context.awsRequestId }, context.awsRequestId);
  }

  // One JSON line per request is what CloudWatch Logs Insights can query.
  console.log(JSON.stringify({ level: 'info', message: 'Received request body', body: parsed.value }));
  return jsonResponse(
    400,
    { error: 'Bad Request', message: 'This endpoint always answers 400 Bad Request.', requestId: context.awsRequestId },
    context.awsRequestId,
  );
}
