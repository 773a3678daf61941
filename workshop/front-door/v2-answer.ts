import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { CorsConfig } from '../api-gateway/http-api/cors';
import { isPreflight } from '../api-gateway/http-api/cors';
import { invokeThroughFunctionUrl } from '../api-gateway/http-api/invoke-through-function-url';
import { invokeThroughHttpApi } from '../api-gateway/http-api/invoke-through-http-api';
import type { LoadedHandler } from './handler-bundle';
import { invocationContext, timedHandler } from './invocation';
import { gapMessage, gapOn, gapReached } from './not-modelled';
import { type IncomingRequest, type RequestIds, v2Event } from './request-events';
import { matchRoute, routingEvidence } from './route-match';
import type { CfnCors, FunctionSpec, FunctionUrlSpec, ServiceRoutes } from './service-routes';
import { fromGatewayAnswer, type WireAnswer } from './wire-answer';

const HTTP_API_DOMAIN = 'def456.execute-api.us-east-2.amazonaws.com';
const URL_DOMAIN = 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-2.on.aws';

/** The HTTP API's answer: its route's integration, its own preflight, or its 404. */
export async function httpApiAnswer(
  request: IncomingRequest,
  httpApi: NonNullable<ServiceRoutes['httpApi']> & Pick<ServiceRoutes, 'notModelled'>,
  handlerOf: (fn: FunctionSpec) => LoadedHandler,
  ids: RequestIds,
): Promise<WireAnswer> {
  const matched = matchRoute(
    httpApi.routes.filter((each) => each.path !== '$default'),
    request.method,
    request.path,
  );
  const route = matched?.route ?? httpApi.routes.find((each) => each.path === '$default');
  const routeKey = route
    ? route.path === '$default'
      ? '$default'
      : `${route.method} ${route.path}`
    : '';
  const event = v2Event(request, {
    routeKey,
    domainName: HTTP_API_DOMAIN,
    requestId: ids.requestId,
    pathParameters: matched?.pathParameters ?? null,
  });
  const cors = httpApi.cors === undefined ? undefined : toCorsConfig(httpApi.cors);
  // With CORS configured the HTTP API answers every preflight itself, route or not.
  if (cors !== undefined && isPreflight(event))
    return fromGatewayAnswer(await invokeThroughHttpApi(neverCalled, event, { cors }));
  const gap =
    route === undefined
      ? gapReached(httpApi.notModelled, 'HTTP API', request.method, request.path)
      : gapOn(httpApi.notModelled, 'HTTP API', route);
  if (gap !== undefined)
    return {
      statusCode: 501,
      headers: { 'content-type': 'application/json', 'apigw-requestid': ids.requestId },
      body: Buffer.from(JSON.stringify({ message: gapMessage(gap) })),
      why: "the workshop's local API answers 501 rather than guess",
      notModelled: `${gap.resource}, ${gap.property}`,
    };
  if (route === undefined)
    return {
      statusCode: 404,
      headers: { 'content-type': 'application/json', 'apigw-requestid': ids.requestId },
      body: Buffer.from('{"message":"Not Found"}'),
      why: 'no route of the HTTP API matches this method and path: it answers 404 itself, the function never runs',
      level: routingEvidence.httpApi.miss.level,
    };
  const answer = await invokeThroughHttpApi(
    timedHandler(
      handlerOf(route.function),
      Math.min(route.function.timeout, route.integrationTimeout),
    ) as never,
    event,
    { payloadFormat: route.payloadFormat, cors },
    invocationContext(route.function),
  );
  return fromGatewayAnswer(answer);
}

/** A Function URL's answer: every method and path goes to its function. */
export async function functionUrlAnswer(
  request: IncomingRequest,
  url: FunctionUrlSpec,
  handler: LoadedHandler,
  ids: RequestIds,
): Promise<WireAnswer> {
  if (url.authType !== 'NONE')
    return {
      statusCode: 403,
      headers: { 'content-type': 'application/json', 'x-amzn-requestid': ids.requestId },
      body: Buffer.from('{"Message":"Forbidden"}'),
      why: `the URL's AuthType is ${url.authType}: a request not signed with SigV4 is refused, the function never runs`,
      level: 'documented',
    };
  const event = v2Event(request, {
    routeKey: '$default',
    domainName: URL_DOMAIN,
    requestId: ids.requestId,
  });
  const answer = fromGatewayAnswer(
    await invokeThroughFunctionUrl(
      timedHandler(handler, url.function.timeout) as never,
      event,
      { cors: url.cors === undefined ? undefined : toCorsConfig(url.cors) },
      { ...invocationContext(url.function), awsRequestId: ids.requestId },
    ),
  );
  if (url.invokeMode !== 'BUFFERED')
    answer.notModelled = `InvokeMode ${url.invokeMode}: this is the buffered answer; a streamed response is not modelled`;
  return answer;
}

/** CloudFormation's resolved CORS settings, as the model reads serverless.yml's. */
function toCorsConfig(cors: CfnCors): CorsConfig {
  return {
    allowedOrigins: cors.AllowOrigins ?? [],
    allowedHeaders: cors.AllowHeaders ?? [],
    allowedMethods: cors.AllowMethods ?? [],
    allowCredentials: cors.AllowCredentials === true,
    exposedResponseHeaders: cors.ExposeHeaders ?? [],
    ...(cors.MaxAge === undefined ? {} : { maxAge: cors.MaxAge }),
  };
}

const neverCalled = (_event: APIGatewayProxyEventV2) => {
  throw new Error('A preflight the HTTP API answers itself never reaches the function.');
};
