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
