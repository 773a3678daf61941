import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';

/** A handler behind an HTTP API with payload format 2.0. */
export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The same handler, except that whatever it throws becomes an error response with its
 * status. On an HTTP API a throw is API Gateway's own 500, and an answer without
 * `statusCode` is taken for the body of a 200: every answer this returns has one.
 */
export function withHttpApiErrors(handler: HttpApiHandler): HttpApiHandler {
  return async (event, context) => {
    try {
      return await handler(event, context);
    } catch (error) {
      // TODO: an HTTP API answers this with 200 OK: an answer without statusCode is taken for
      //       the body of a 200 (and APIGatewayProxyStructuredResultV2 lets you leave it out).
      //       Answer as withErrorMapping does in step 7, with problemResponse (./problem-response):
      //       - an HttpError (./http-error): its status, detail and extensions;
      //       - anything else: log the whole error (stack included) with console.error, then
      //         a 500 that names the request and says nothing else.
      const message = error instanceof Error ? error.message : String(error);
      return {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: message }),
      };
    }
  };
}
