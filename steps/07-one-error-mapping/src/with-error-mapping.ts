import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';

export type ProxyHandler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<APIGatewayProxyResult>;

/** The same handler, except that whatever it throws becomes an error response instead of a 502. */
export function withErrorMapping(handler: ProxyHandler): ProxyHandler {
  // TODO: return a handler that calls `handler` and, when it throws:
  //       - an HttpError (./http-error): answers its status, detail and extensions with
  //         problemResponse (./problem-response);
  //       - anything else: logs the whole error (stack included) with console.error, and
  //         answers a 500 that names the request and nothing else.
  return handler;
}
