import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, Context } from 'aws-lambda';

// The events API Gateway sends for `POST /greet`, with only what the handlers read filled in
// with care; each test says the body and the headers it needs.

export const ORIGIN = 'https://app.example.com';

/** A REST API's Lambda proxy event (payload 1.0). */
export function restEvent(body: string | null, headers: Record<string, string> = {}) {
  return {
    resource: '/greet',
    path: '/greet',
    httpMethod: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    body,
    isBase64Encoded: false,
    requestContext: {
      resourcePath: '/greet',
      httpMethod: 'POST',
      path: '/dev/greet',
      stage: 'dev',
      domainName: 'abc123.execute-api.us-east-2.amazonaws.com',
    },
  } as unknown as APIGatewayProxyEvent;
}

/** An HTTP API's or a function URL's event (payload 2.0); a URL's route is $default. */
export function v2Event(
  body: string | undefined,
  headers: Record<string, string> = {},
  routeKey = 'POST /greet',
) {
  return {
    version: '2.0',
    routeKey,
    rawPath: '/greet',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    isBase64Encoded: false,
    requestContext: {
      http: { method: 'POST', path: '/greet', protocol: 'HTTP/1.1', sourceIp: '203.0.113.7' },
      domainName: 'abc123.execute-api.us-east-2.amazonaws.com',
      routeKey,
      stage: '$default',
    },
  } as unknown as APIGatewayProxyEventV2;
}

export const context = {
  functionName: 'greet',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
  getRemainingTimeInMillis: () => 3000,
} as unknown as Context;
