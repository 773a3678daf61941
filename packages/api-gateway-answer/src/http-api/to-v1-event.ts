import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * The same request as an HTTP API with payloadFormatVersion 1.0 delivers it: the REST
 * proxy event's shape with `version: "1.0"`. Converted from the 2.0 event (one value per
 * header; a comma-joined 2.0 header stays one value), so one fixture serves both formats.
 */
export function toV1Event(event: APIGatewayProxyEventV2): APIGatewayProxyEvent {
  const { http } = event.requestContext;
  const headers: Record<string, string> = { ...(event.headers as Record<string, string>) };
  if (event.cookies?.length) headers.cookie = event.cookies.join('; ');
  const query = event.queryStringParameters as Record<string, string> | undefined;
  const v1 = {
    version: '1.0',
    resource: event.routeKey.replace(/^\S+\s/, ''),
    path: event.rawPath,
    httpMethod: http.method,
    headers,
    multiValueHeaders: Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, [value]]),
    ),
    queryStringParameters: query ?? null,
    multiValueQueryStringParameters: query
      ? Object.fromEntries(Object.entries(query).map(([name, value]) => [name, value.split(',')]))
      : null,
    pathParameters: (event.pathParameters as Record<string, string> | undefined) ?? null,
    stageVariables: (event.stageVariables as Record<string, string> | undefined) ?? null,
    requestContext: {
      accountId: event.requestContext.accountId,
      apiId: event.requestContext.apiId,
      domainName: event.requestContext.domainName,
      domainPrefix: event.requestContext.domainPrefix,
      extendedRequestId: event.requestContext.requestId,
      httpMethod: http.method,
      path: http.path,
      protocol: http.protocol,
      requestId: event.requestContext.requestId,
      requestTime: event.requestContext.time,
      requestTimeEpoch: event.requestContext.timeEpoch,
      resourceId: event.routeKey,
      resourcePath: event.routeKey.replace(/^\S+\s/, ''),
      stage: event.requestContext.stage,
      authorizer: null,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: http.sourceIp,
        user: null,
        userAgent: http.userAgent,
        userArn: null,
      },
    },
    body: event.body ?? null,
    isBase64Encoded: event.isBase64Encoded,
  };
  return v1 as unknown as APIGatewayProxyEvent;
}
