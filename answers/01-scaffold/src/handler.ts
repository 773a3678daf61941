// Step 01 — the handler module.
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';

export async function throwError(
  _event: APIGatewayProxyEvent,
  _context: Context,
): Promise<APIGatewayProxyResult> {
  return { statusCode: 200, body: '' };
}
