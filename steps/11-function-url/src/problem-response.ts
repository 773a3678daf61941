import type { APIGatewayProxyResult } from 'aws-lambda';
import { reasonPhrase } from './http-error';

/**
 * An error response in the format of RFC 9457, "Problem Details for HTTP APIs":
 * `application/problem+json` with `type`, `title`, `status` and `detail`, plus the request
 * id, so that every failure of every endpoint has the same, documented shape.
 */
export function problemResponse(
  statusCode: number,
  requestId: string,
  detail?: string,
  extensions: Record<string, unknown> = {},
): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': requestId },
    // Extensions first: they may add members, never replace the standard ones.
    body: JSON.stringify({
      ...extensions,
      type: 'about:blank',
      title: reasonPhrase(statusCode),
      status: statusCode,
      // Left out of the JSON when undefined, and then no extension may pose as it either.
      detail,
      requestId,
    }),
    isBase64Encoded: false,
  };
}
