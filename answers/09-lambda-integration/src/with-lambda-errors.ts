import type { Context } from 'aws-lambda';
import { HttpError } from './http-error';
import { problemResponse } from './problem-response';

/** A handler for the Lambda (non-proxy) integration: what it returns is the body, what it throws API Gateway maps. */
export type LambdaHandler<E> = (event: E, context: Context) => Promise<unknown>;

/**
 * The same handler, except that every failure leaves it as an Error whose message starts with
 * the status, `[400] `, followed by the problem+json body the client should get: the message
 * is all API Gateway can see of an error.
 */
export function withLambdaErrors<E>(handler: LambdaHandler<E>): LambdaHandler<E> {
  return async (event, context) => {
    try {
      return await handler(event, context);
    } catch (error) {
      if (error instanceof HttpError) {
        const { body } = problemResponse(
          error.statusCode,
          context.awsRequestId,
          error.detail,
          error.extensions,
        );
        throw new Error(`[${error.statusCode}] ${body}`);
      }
      // The original message could match a selection pattern by accident, or hold a secret:
      // the log gets it whole, API Gateway only a 500.
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
      throw new Error(`[500] ${problemResponse(500, context.awsRequestId).body}`);
    }
  };
}
