import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { HttpError } from './http-error';
import { parseBody } from './parse-body';
import { withCors } from './with-cors';
import { withErrorMapping } from './with-error-mapping';

/**
 * POST /throw — the workshop's demonstration endpoint. It reads and logs the JSON body it
 * is sent, then refuses the request with 400 Bad Request, the way a real service rejects
 * one. A body it cannot read is refused too (400, or 415 for a Content-Type that is not
 * JSON), never a crash: a crash is a 502 from API Gateway. Every answer carries the CORS
 * header for an allowed Origin (ALLOWED_ORIGINS), as RFC 9457 problem+json.
 *
 * Every answer names the request twice: `X-Request-Id` and `requestId` carry the Lambda
 * invocation id (`context.awsRequestId`), which files the function's log lines. API
 * Gateway adds its own, different id as `x-amzn-RequestId` (`$context.requestId`), which
 * names the request in API Gateway's logs.
 */
async function handle(event: APIGatewayProxyEvent, _context: Context): Promise<never> {
  const parsed = parseBody(event);
  if (!parsed.ok) throw new HttpError(parsed.statusCode, parsed.message);
  // One JSON line per request is what CloudWatch Logs Insights can query.
  // The body's size and first characters, never the whole (size, cost, personal data: step 2).
  const json = JSON.stringify(parsed.value);
  console.log(
    JSON.stringify({
      level: 'info',
      message: 'Received request body',
      bytes: Buffer.byteLength(json),
      preview: json.slice(0, 100),
    }),
  );
  throw new HttpError(400, 'This endpoint always answers 400 Bad Request.');
}

// withCors outside withErrorMapping: a browser on an allowed origin can read every answer,
// errors included.
export const throwError = withCors(withErrorMapping(handle));
