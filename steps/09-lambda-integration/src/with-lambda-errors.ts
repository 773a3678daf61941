import type { Context } from 'aws-lambda';

/** A handler for the Lambda (non-proxy) integration: what it returns is the body, what it throws API Gateway maps. */
export type LambdaHandler<E> = (event: E, context: Context) => Promise<unknown>;

/**
 * The same handler, except that every failure leaves it as an Error whose message starts with
 * the status, `[400] `, followed by the problem+json body the client should get: the message
 * is all API Gateway can see of an error.
 */
export function withLambdaErrors<E>(handler: LambdaHandler<E>): LambdaHandler<E> {
  // TODO: return a handler that calls `handler` and, when it throws:
  //       - an HttpError (./http-error): throws new Error(`[${status}] ${body}`), where body is
  //         problemResponse(status, context.awsRequestId, detail, extensions).body
  //         (./problem-response);
  //       - anything else: logs the whole error (stack included) with console.error, then
  //         throws new Error(`[500] ${body}`) with the body of problemResponse(500, …): the
  //         client must not read the original message.
  return handler;
}
