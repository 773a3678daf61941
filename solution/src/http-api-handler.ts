import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { HttpError } from './http-error';
import { parseBody } from './parse-body';
import { withErrorMapping } from './with-error-mapping';

/**
 * POST /v2/throw on the HTTP API (payload 2.0), and the same function's Function URL: the
 * endpoint of POST /throw. Two things differ from the REST one. Every answer must carry a
 * statusCode, which withErrorMapping sees to: payload 2.0 turns an object without one into
 * a 200. And no CORS code: the HTTP API (provider.httpApi.cors) and the URL (url.cors) add
 * the CORS headers themselves, errors included, and ignore or override the function's.
 */
async function handle(event: APIGatewayProxyEventV2, _context: Context): Promise<never> {
  const parsed = parseBody(event);
  if (!parsed.ok) throw new HttpError(parsed.statusCode, parsed.message);
  console.log(
    JSON.stringify({ level: 'info', message: 'Received request body', body: parsed.value }),
  );
  throw new HttpError(400, 'This endpoint always answers 400 Bad Request.');
}

export const throwErrorV2: (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2> = withErrorMapping(handle);
