import type { ProxyHandler } from './with-error-mapping';

/** The origins allowed to read this API's answers: ALLOWED_ORIGINS, comma-separated, set in serverless.yml. */
export function allowedOrigins(): string[] {
  return (process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** The same handler, with the CORS headers a browser needs on every answer it returns. */
export function withCors(handler: ProxyHandler): ProxyHandler {
  // TODO: return a handler that calls `handler` and, when the request's Origin header (any
  //       case) is one of allowedOrigins(), adds Access-Control-Allow-Origin with that origin
  //       and Access-Control-Expose-Headers: X-Request-Id (so a page can read the request id)
  //       to the answer. Add `Vary: Origin` to every answer, since it depends on the Origin.
  return handler;
}
