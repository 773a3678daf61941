import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * A CORS configuration as serverless.yml writes it: `provider.httpApi.cors` for an HTTP API,
 * `functions.<name>.url.cors` for a Function URL. `true` takes the framework's defaults.
 */
export interface CorsConfig {
  allowedOrigins?: string[] | string;
  allowedHeaders?: string[] | string;
  allowedMethods?: string[] | string;
  allowCredentials?: boolean;
  exposedResponseHeaders?: string[] | string;
  maxAge?: number;
}
export type HttpApiCors = true | CorsConfig;
export type FunctionUrlCors = true | CorsConfig;

/** The configuration the front door ends up with (the CloudFormation CorsConfiguration / Cors). */
export interface ResolvedCors {
  allowOrigins: string[];
  allowHeaders: string[];
  allowMethods: string[];
  allowCredentials: boolean;
  exposeHeaders: string[];
  maxAge?: number;
}

// The framework's defaults (osls lib/plugins/aws/package/compile/events/http-api.js and
// functions.js): the HTTP API fills the methods from its routes (and OPTIONS), a URL allows '*'.
const DEFAULT_ORIGINS = ['*'];
const DEFAULT_HEADERS = [
  'Content-Type',
  'X-Amz-Date',
  'Authorization',
  'X-Api-Key',
  'X-Amz-Security-Token',
  'X-Amz-User-Agent',
  'X-Amzn-Trace-Id',
];

export function resolveCors(
  cors: HttpApiCors | FunctionUrlCors,
  frontDoor: 'HTTP API' | 'Function URL',
  routeMethod: string,
): ResolvedCors {
  const config: CorsConfig = cors === true ? {} : cors;
  const list = (value: string[] | string | undefined, fallback: string[]) =>
    value === undefined ? fallback : Array.isArray(value) ? value : [value];
  const defaultMethods = frontDoor === 'HTTP API' ? ['OPTIONS', routeMethod] : ['*'];
  return {
    allowOrigins: list(config.allowedOrigins, DEFAULT_ORIGINS),
    allowHeaders: list(
      config.allowedHeaders,
      frontDoor === 'HTTP API'
        ? DEFAULT_HEADERS
        : DEFAULT_HEADERS.filter((h) => h !== 'X-Amz-User-Agent'),
    ),
    allowMethods: list(config.allowedMethods, defaultMethods),
    allowCredentials: config.allowCredentials === true,
    exposeHeaders: list(config.exposedResponseHeaders, []),
    maxAge: config.maxAge,
  };
}

/** The request's Origin header, any case; undefined when the request is not a CORS request. */
export function requestOrigin(event: APIGatewayProxyEventV2): string | undefined {
  return headerOf(event, 'origin');
}

/** A CORS preflight: OPTIONS with an Origin and an Access-Control-Request-Method. */
export function isPreflight(event: APIGatewayProxyEventV2): boolean {
  return (
    event.requestContext?.http?.method?.toUpperCase() === 'OPTIONS' &&
    requestOrigin(event) !== undefined &&
    headerOf(event, 'access-control-request-method') !== undefined
  );
}

/** The headers the front door adds to an actual (not preflight) CORS response; none for an origin it does not allow. */
export function corsResponseHeaders(
  cors: ResolvedCors,
  origin: string | undefined,
): Record<string, string> {
  const allowOrigin = allowedOrigin(cors, origin);
  if (allowOrigin === undefined) return {};
  const headers: Record<string, string> = { 'access-control-allow-origin': allowOrigin };
  if (cors.allowCredentials) headers['access-control-allow-credentials'] = 'true';
  if (cors.exposeHeaders.length > 0)
    headers['access-control-expose-headers'] = cors.exposeHeaders.join(',');
  return headers;
}

/** The headers of the front door's own answer to a preflight. */
export function preflightHeaders(
  cors: ResolvedCors,
  origin: string | undefined,
): Record<string, string> {
  const allowOrigin = allowedOrigin(cors, origin);
  if (allowOrigin === undefined) return {};
  const headers: Record<string, string> = {
    'access-control-allow-origin': allowOrigin,
    'access-control-allow-methods': cors.allowMethods.join(','),
    'access-control-allow-headers': cors.allowHeaders.join(','),
  };
  if (cors.allowCredentials) headers['access-control-allow-credentials'] = 'true';
  if (cors.maxAge !== undefined) headers['access-control-max-age'] = String(cors.maxAge);
  return headers;
}

/**
 * The headers of a Function URL's answer that is not a preflight: the function's, and the
 * URL's CORS headers beside them. Lambda sends both (its function URL guide); a name both
 * set carries both values, joined with ", " as the answer's headers join repeated values.
 * `duplicated` names those headers.
 */
export function withUrlCorsHeaders(
  functionHeaders: Record<string, string>,
  urlCorsHeaders: Record<string, string>,
): { headers: Record<string, string>; duplicated: string[] } {
  const headers = { ...functionHeaders };
  const duplicated: string[] = [];
  for (const [name, value] of Object.entries(urlCorsHeaders)) {
    const own = headers[name];
    if (own === undefined) headers[name] = value;
    else {
      headers[name] = `${value}, ${own}`;
      duplicated.push(name);
    }
  }
  return { headers, duplicated };
}

/**
 * Why a browser keeps this answer to a cross-origin request from its page, or undefined when
 * the page may read it (the Fetch standard's CORS check: one Access-Control-Allow-Origin,
 * `*` or the page's origin). Undefined too for a request without an Origin, which is no
 * CORS request.
 */
export function corsCheckFailure(
  headers: Record<string, string>,
  origin: string | undefined,
): string | undefined {
  if (origin === undefined) return undefined;
  const allowOrigin = headers['access-control-allow-origin'];
  if (allowOrigin === undefined)
    return `the answer has no Access-Control-Allow-Origin for ${origin}: the browser keeps it from the page`;
  if (allowOrigin.includes(','))
    return `Access-Control-Allow-Origin has several values (${JSON.stringify(allowOrigin)}): the browser rejects it ("contains multiple values, but only one is allowed")`;
  if (allowOrigin !== '*' && allowOrigin !== origin)
    return `Access-Control-Allow-Origin is ${allowOrigin}, not the page's origin ${origin}: the browser keeps the answer from the page`;
  return undefined;
}

/** `headers` without the CORS response headers, which an HTTP API with CORS configured ignores. */
export function withoutCorsHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !name.startsWith('access-control-')),
  );
}

function allowedOrigin(cors: ResolvedCors, origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  if (cors.allowOrigins.includes('*')) return '*';
  return cors.allowOrigins.includes(origin) ? origin : undefined;
}

function headerOf(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const entry = Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}
