import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { parseBody } from './parse-body';

// TODO: throw an HttpError (./http-error) where this handler builds an error response by
//       hand, answer the always-400 of POST /throw the same way, and export throwError
//       wrapped in withErrorMapping (./with-error-mapping) so every failure gets one shape.
export async function throwError(
  event: APIGatewayProxyEvent,
  context: Context,
): Promise<APIGatewayProxyResult> {
  const parsed = parseBody(event);
  if (!parsed.ok) {
    console.log(JSON.stringify({ message: 'Rejected request body', problem: parsed.message }));
    return answer(parsed.statusCode, parsed.message, context.awsRequestId);
  }
  // The body's size and first characters, never the whole (size, cost, personal data: step 2).
  const json = JSON.stringify(parsed.value);
  console.log(
    JSON.stringify({
      message: 'Received request body',
      bytes: Buffer.byteLength(json),
      preview: json.slice(0, 100),
    }),
  );
  return answer(400, 'Bad Request', context.awsRequestId);
}

/** A Lambda-proxy result with a JSON body that says what happened and names the request. */
function answer(statusCode: number, message: string, requestId: string): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': requestId },
    body: JSON.stringify({ message, requestId }),
    isBase64Encoded: false,
  };
}
