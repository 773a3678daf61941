import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { HttpError } from './http-error';
import { problemResponse } from './problem-response';

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
      if (error instanceof HttpError) {
        return problemResponse(
          error.statusCode,
          context.awsRequestId,
          error.detail,
          error.extensions,
        );
      }
      // Our fault, not the client's: the log gets everything, the client only the request id.
      const { name, message, stack } =
        error instanceof Error
          ? error
          : { name: typeof error, message: String(error), stack: undefined };
      console.error(
        JSON.stringify({
          level: 'error',
          message: 'Unhandled error',
          error: { name, message, stack },
        }),
      );
      return problemResponse(500, context.awsRequestId);
    }
  };
}
