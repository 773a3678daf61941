import type { ProxyHandler } from './with-error-mapping';

/** The origins allowed to read this API's answers: ALLOWED_ORIGINS, comma-separated, set in serverless.yml. */
export function allowedOrigins(): string[] {
  // Unset, any fallback that is no origin allows none, as '' does. An empty entry (a trailing
  // comma) could only match an empty Origin header, which browsers never send.
  return (process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** The same handler, with the CORS headers a browser needs on every answer it returns. */
export function withCors(handler: ProxyHandler): ProxyHandler {
  return async (event, context) => {
    const result = await handler(event, context);
    const origin = Object.entries(event.headers ?? {}).find(
      ([name]) => name.toLowerCase() === 'origin',
    )?.[1];
    // Caches must not hand one origin's answer to another.
    const headers: Record<string, string | number | boolean> = {
      ...result.headers,
      Vary: 'Origin',
    };
    if (origin !== undefined && allowedOrigins().includes(origin)) {
      headers['Access-Control-Allow-Origin'] = origin;
      // A page reads only the headers an answer exposes: the request id, to quote in a report.
      headers['Access-Control-Expose-Headers'] = 'X-Request-Id';
    }
    return { ...result, headers };
  };
}
