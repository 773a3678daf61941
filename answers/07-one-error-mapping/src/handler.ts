import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { HttpError } from './http-error';
import { parseBody } from './parse-body';
import { withErrorMapping } from './with-error-mapping';

async function handle(event: APIGatewayProxyEvent, _context: Context): Promise<never> {
  const parsed = parseBody(event);
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

export const throwError = withErrorMapping(handle);
