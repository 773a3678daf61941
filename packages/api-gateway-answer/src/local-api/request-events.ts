import { randomBytes, randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { isBinaryMediaType } from '../engine';

/** An HTTP request as the front door reads it off the wire. */
export interface IncomingRequest {
  method: string;
  /** The path as sent, without the query string: `/dev/throw`. */
  path: string;
  /** The query string without `?`, as sent. */
  rawQuery: string;
  /** Header names as sent, each with all its values, in order. */
  headers: Array<[string, string]>;
  body: Buffer;
  sourceIp: string;
}

/** The ids API Gateway gives a request: its request id and, on a REST API, its extended id. */
export interface RequestIds {
  requestId: string;
  extendedRequestId: string;
}

export function newRequestIds(): RequestIds {
  // x-amz-apigw-id looks like `aD8RIG3MCYcFk2w=`: 10 random bytes in base64.
  return { requestId: randomUUID(), extendedRequestId: randomBytes(10).toString('base64') };
}

const API_ID = 'abc123';
const REST_DOMAIN = `${API_ID}.execute-api.us-east-2.amazonaws.com`;

/** The REST API's Lambda-proxy event (payload 1.0), as API Gateway builds it for `resource`. */
export function restProxyEvent(
  request: IncomingRequest,
  {
    resource,
    stage,
    binaryMediaTypes,
    pathParameters,
  }: {
    resource: string;
    stage: string;
    binaryMediaTypes: string[];
    pathParameters: Record<string, string> | null;
  },
  ids: RequestIds,
): APIGatewayProxyEvent {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, value] of request.headers) {
    single[name] = value;
    multi[name] = [...(Object.hasOwn(multi, name) ? multi[name] : []), value];
  }
  const query = queryMaps(request.rawQuery);
  const path = request.path.slice(stage.length + 1) || '/';
  const now = new Date();
  // The model's rules (recorded for Accept; for a request's Content-Type, inferred the same).
  const binary = isBinaryMediaType(headerValue(request.headers, 'content-type'), binaryMediaTypes);
  const userAgent = headerValue(request.headers, 'user-agent') ?? null;
  return {
    resource,
    path,
    httpMethod: request.method,
    // API Gateway sends null, not {}, when a request has no headers or no query string.
    headers: request.headers.length > 0 ? single : (null as unknown as Record<string, string>),
    multiValueHeaders:
      request.headers.length > 0 ? multi : (null as unknown as Record<string, string[]>),
    queryStringParameters: query.single as APIGatewayProxyEvent['queryStringParameters'],
    multiValueQueryStringParameters:
      query.multi as APIGatewayProxyEvent['multiValueQueryStringParameters'],
    pathParameters,
    stageVariables: null,
    requestContext: {
      resourceId: 'a1b2c3',
      resourcePath: resource,
      httpMethod: request.method,
      extendedRequestId: ids.extendedRequestId,
      requestTime: apacheTime(now),
      path: request.path,
      accountId: '123456789012',
      protocol: 'HTTP/1.1',
      stage,
      domainPrefix: API_ID,
      requestTimeEpoch: now.getTime(),
      requestId: ids.requestId,
      identity: {
        cognitoIdentityPoolId: null,
        accountId: null,
        cognitoIdentityId: null,
        caller: null,
        sourceIp: request.sourceIp,
        principalOrgId: null,
        accessKey: null,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
        userArn: null,
        userAgent,
        user: null,
        apiKey: null,
        apiKeyId: null,
        clientCert: null,
      },
      domainName: REST_DOMAIN,
      apiId: API_ID,
      authorizer: undefined,
    } as APIGatewayProxyEvent['requestContext'],
    body:
      request.body.length === 0
        ? null
        : binary
          ? request.body.toString('base64')
          : request.body.toString('utf8'),
    isBase64Encoded: binary,
  };
}

/** An HTTP API's (payload 2.0) or a Function URL's event. */
export function v2Event(
  request: IncomingRequest,
  {
    routeKey,
    domainName,
    requestId,
    pathParameters = null,
  }: {
    routeKey: string;
    domainName: string;
    requestId: string;
    pathParameters?: Record<string, string> | null;
  },
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of request.headers) {
    const lower = name.toLowerCase();
    if (lower === 'cookie') cookies.push(...value.split(/;\s*/));
    else headers[lower] = headers[lower] === undefined ? value : `${headers[lower]},${value}`;
  }
  const query = queryMaps(request.rawQuery);
  const now = new Date();
  const text = isTextual(headers['content-type']);
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey,
    rawPath: request.path,
    rawQueryString: request.rawQuery,
    headers,
    requestContext: {
      accountId: '123456789012',
      apiId: domainName.split('.')[0],
      domainName,
      domainPrefix: domainName.split('.')[0],
      http: {
        method: request.method,
        path: request.path,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey,
      stage: '$default',
      time: apacheTime(now),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: request.body.length > 0 && !text,
  };
  if (cookies.length > 0) event.cookies = cookies;
  // Payload 2.0 leaves out what a request does not have.
  if (pathParameters !== null) event.pathParameters = pathParameters;
  if (query.single !== null)
    event.queryStringParameters = Object.fromEntries(
      Object.entries(query.multi ?? {}).map(([name, values]) => [name, values.join(',')]),
    );
  if (request.body.length > 0)
    event.body = text ? request.body.toString('utf8') : request.body.toString('base64');
  return event;
}

/**
 * The event the framework's default request template (`application/json`) makes for a
 * Lambda integration: the JSON body already parsed, flat maps of the headers, query and path
 * parameters. Undefined when the body is not JSON: API Gateway cannot render `$input.json('$')`.
 */
export function lambdaIntegrationEvent(
  request: IncomingRequest,
  {
    resource,
    stage,
    pathParameters,
  }: { resource: string; stage: string; pathParameters: Record<string, string> | null },
): Record<string, unknown> | undefined {
  let body: unknown = {};
  const text = request.body.toString('utf8');
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) headers[name] = value;
  return {
    body,
    method: request.method,
    principalId: '',
    stage,
    cognitoPoolClaims: { sub: '' },
    enhancedAuthContext: {},
    headers,
    query: queryMaps(request.rawQuery).single ?? {},
    path: pathParameters ?? {},
    identity: {
      sourceIp: request.sourceIp,
      userAgent: headers['User-Agent'] ?? headers['user-agent'] ?? '',
    },
    stageVariables: {},
    requestPath: resource,
  };
}

/** The request's header `name`, any case; the last value when it is repeated. */
export function headerValue(headers: Array<[string, string]>, name: string): string | undefined {
  return headers.filter(([key]) => key.toLowerCase() === name).at(-1)?.[1];
}

/** An HTTP API sends text bodies as they are, others base64-encoded. */
function isTextual(contentType: string | undefined): boolean {
  if (contentType === undefined) return true;
  const media = contentType.split(';')[0].trim().toLowerCase();
  return (
    media.startsWith('text/') ||
    /[/+](json|xml|javascript)$/.test(media) ||
    media === 'application/x-www-form-urlencoded'
  );
}

function queryMaps(raw: string): {
  single: Record<string, string> | null;
  multi: Record<string, string[]> | null;
} {
  if (raw === '') return { single: null, multi: null };
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    single[name] = value;
    multi[name] = [...(Object.hasOwn(multi, name) ? multi[name] : []), value];
  }
  return { single, multi };
}

/** `22/May/2019:01:34:50 +0000`, API Gateway's requestTime. */
function apacheTime(date: Date): string {
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}
