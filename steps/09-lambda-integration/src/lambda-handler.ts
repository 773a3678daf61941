import type { Context } from 'aws-lambda';
import { HttpError } from './http-error';
import type { LambdaIntegrationEvent } from './lambda-integration-event';
import { withLambdaErrors } from './with-lambda-errors';

/**
 * POST /throw-lambda — the same endpoint as POST /throw, behind the Lambda (non-proxy)
 * integration. Here throwing *is* how the function answers an error: API Gateway matches the
 * error message against the selection patterns in serverless.yml to pick the status, and a
 * response template builds the body.
 */
async function handle(event: LambdaIntegrationEvent, _context: Context): Promise<never> {
  const { body } = event;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'The request body must be a JSON object.');
  }
  // The body's size and first characters, never the whole (size, cost, personal data: step 2).
  const json = JSON.stringify(body);
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

export const throwErrorLambda = withLambdaErrors(handle);
