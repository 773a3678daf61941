import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { HttpError } from './http-error';
import { problemResponse } from './problem-response';

export type ProxyHandler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<APIGatewayProxyResult>;

/** The same handler, except that whatever it throws becomes an error response instead of a 502. */
export function withErrorMapping(handler: ProxyHandler): ProxyHandler {
  return async (event, context) => {
    try {
      return await handler(event, context);
    } catch (error) {
      if (error instanceof HttpError) {
        console.log(
          JSON.stringify({
            level: 'warn',
            message: 'Request refused',
            status: error.statusCode,
            detail: error.detail,
          }),
        );
        return problemResponse(
          error.statusCode,
          context.awsRequestId,
          error.detail,
          error.extensions,
        );
      }
      // Our fault, not the client's: the log gets everything, the client only the request id
      // to quote. An error message can hold a connection string or a customer's data.
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
