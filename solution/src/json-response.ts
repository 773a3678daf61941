import type { APIGatewayProxyResult } from 'aws-lambda';

/**
 * A Lambda-proxy result whose body is JSON and whose headers say so.
 *
 * `X-Request-Id` carries the Lambda invocation id (`context.awsRequestId`), the id
 * under which the function's CloudWatch log lines are filed. API Gateway adds its own,
 * different id as `x-amzn-RequestId` (`$context.requestId`), which names the API
 * request in API Gateway's logs. Having both lets a client's bug report be traced
 * through both services.
 */
export function jsonResponse(statusCode: number, payload: object, requestId: string): APIGatewayProxyResult {
  return {
    statusCode,
    headers: {
      'Content-Type': 'application/json',
      'X-Request-Id': requestId,
    },
    // API Gateway requires a string body: an object here is a 502 "Malformed Lambda proxy response".
    body: JSON.stringify(payload),
    isBase64Encoded: false,
  };
}
