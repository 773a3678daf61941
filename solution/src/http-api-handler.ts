import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { HttpError } from './http-error';
import { parseBody } from './parse-body';
import { withHttpApiErrors } from './with-http-api-errors';

/**
 * POST /throw on an HTTP API: the endpoint of steps 7 and 8, called with payload format 2.0.
 * It refuses a request it cannot read with the status parseBody names, and every other one
 * with a 400.
 */
async function handle(event: APIGatewayProxyEventV2, _context: Context): Promise<never> {
  // Payload 2.0 leaves `body` out when the request has none; parseBody reads that as null.
  const parsed = parseBody({ ...event, body: event.body ?? null });
  if (!parsed.ok) throw new HttpError(parsed.statusCode, parsed.message);
  // The body's size and first characters, never the whole (size, cost, personal data: step 2).
  const json = JSON.stringify(parsed.value);
  console.log(
    JSON.stringify({
      message: 'Received request body',
      bytes: Buffer.byteLength(json),
      preview: json.slice(0, 100),
    }),
  );
  throw new HttpError(400, 'This endpoint always answers 400 Bad Request.');
}

export const throwErrorHttpApi = withHttpApiErrors(handle);
