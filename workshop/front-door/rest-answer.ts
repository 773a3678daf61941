import { answerWhenSlow, withDefault5xxHeaders } from '../api-gateway/failures';
import type { GatewayAnswer } from '../api-gateway/gateway-answer';
import { invokeThroughApiGateway } from '../api-gateway/invoke-through-api-gateway';
import {
  invokeThroughLambdaIntegration,
  mapLambdaOutcome,
} from '../api-gateway/lambda-integration';
import { lambdaTimeoutError } from '../api-gateway/lambda-timeout-error';
import { staticHeaderValues } from '../api-gateway/static-header-values';
import type { LoadedHandler } from './handler-bundle';
import { invocationContext, runWithin } from './invocation';
import { gapMessage, gapOn, type NotModelled } from './not-modelled';
import {
  headerValue,
  type IncomingRequest,
  lambdaIntegrationEvent,
  type RequestIds,
  restProxyEvent,
} from './request-events';
import { matchRoute, routingEvidence } from './route-match';
import type { FunctionSpec, GatewayResponseSpec, RestRoute, ServiceRoutes } from './service-routes';
import { fromGatewayAnswer, fromLambdaAnswer, type WireAnswer } from './wire-answer';

/** The REST API's answer to a request under its stage: the method's integration, or API Gateway's own 403. */
export async function restAnswer(
  request: IncomingRequest,
  routes: ServiceRoutes,
  handlerOf: (fn: FunctionSpec) => LoadedHandler,
  ids: RequestIds,
): Promise<WireAnswer> {
  const resourcePath = request.path.slice(routes.stage.length + 1) || '/';
  const matched = matchRoute(routes.rest, request.method, resourcePath);
  const route = matched?.route;
  const pathParameters = matched?.pathParameters ?? null;
  const idHeaders = {
    'x-amzn-requestid': ids.requestId,
    'x-amz-apigw-id': ids.extendedRequestId,
  };
  if (route === undefined) return missingRoute(routes, idHeaders);
  const gap = gapOn(routes.notModelled, 'REST API', route);
  if (gap !== undefined) return notModelled(gapMessage(gap), idHeaders, gap);

  if (route.integration === 'MOCK') return mockAnswer(route, idHeaders);
  if (route.function === undefined)
    return notModelled(
      `the ${route.integration} integration (only AWS_PROXY, AWS and MOCK are)`,
      idHeaders,
    );
  const fn = route.function;
  const handler = handlerOf(fn);

  if (route.integration === 'AWS_PROXY') {
    const event = restProxyEvent(
      request,
      {
        resource: route.path,
        stage: routes.stage,
        binaryMediaTypes: routes.binaryMediaTypes,
        pathParameters,
      },
      ids,
    );
    const context = invocationContext(fn);
    const limit = Math.min(fn.timeout, route.integrationTimeout);
    const outcome = await runWithin(limit, () =>
      invokeThroughApiGateway(handler as never, event, context, {
        binaryMediaTypes: routes.binaryMediaTypes,
      }),
    );
    // A function still running at the limit is slow for ever: answerWhenSlow always answers.
    const answer: GatewayAnswer = outcome.done
      ? outcome.value
      : (answerWhenSlow({
          runsFor: Number.POSITIVE_INFINITY,
          lambdaTimeout: fn.timeout,
          integrationTimeout: route.integrationTimeout,
        }) as GatewayAnswer);
    answer.headers = { ...answer.headers, ...idHeaders };
    return fromGatewayAnswer(withGatewayResponse(answer, routes.gatewayResponses));
  }

  if (route.integration === 'AWS') {
    const contentType = (headerValue(request.headers, 'content-type') ?? 'application/json')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (contentType !== 'application/json')
      return notModelled(
        `a ${contentType} request through the Lambda integration (the model renders the framework's application/json request template)`,
        idHeaders,
      );
    const event = lambdaIntegrationEvent(request, {
      resource: route.path,
      stage: routes.stage,
      pathParameters,
    });
    if (event === undefined)
      return {
        statusCode: 400,
        headers: { 'content-type': 'application/json', ...idHeaders },
        body: Buffer.from('{"message": "Could not parse request body into json"}'),
        why: "the body is not JSON, so the request template's $input.json('$') cannot render it: the function never runs",
        level: 'reported',
      };
    const context = invocationContext(fn);
    const limit = Math.min(fn.timeout, route.integrationTimeout);
    const outcome = await runWithin(limit, () =>
      invokeThroughLambdaIntegration(handler, event, route.integrationResponses, context),
    );
    if (!outcome.done && fn.timeout >= route.integrationTimeout)
      return endpointTimedOut(route, idHeaders);
    const answer = outcome.done
      ? outcome.value
      : mapLambdaOutcome({ error: lambdaTimeoutError }, route.integrationResponses, ids.requestId);
    answer.headers = { ...answer.headers, ...idHeaders };
    return fromLambdaAnswer(answer);
  }
  return notModelled(`the ${route.integration} integration`, idHeaders);
}

/** A MOCK integration (the framework's CORS preflight): its one integration response, static values only. */
function mockAnswer(route: RestRoute, idHeaders: Record<string, string>): WireAnswer {
  const response = route.integrationResponses[0];
  const headers = {
    'content-type': 'application/json',
    ...staticHeaderValues(response?.ResponseParameters ?? {}, 'method.response.header.'),
  };
  return {
    statusCode: Number(response?.StatusCode ?? 200),
    headers: { ...headers, ...idHeaders },
    body: Buffer.from(response?.ResponseTemplates?.['application/json'] ?? ''),
    why: `API Gateway answers ${route.method} ${route.path} itself (a MOCK integration: the preflight the framework makes for cors), whatever the Origin`,
    level: 'documented',
  };
}

/**
 * A path or method the API does not have: 403 "Missing Authentication Token" (documented:
 * the MISSING_AUTHENTICATION_TOKEN gateway response covers "an unsupported API method or
 * resource"), with the headers of that gateway response, or else of DEFAULT_4XX.
 */
function missingRoute(routes: ServiceRoutes, idHeaders: Record<string, string>): WireAnswer {
  const response =
    routes.gatewayResponses.find((each) => each.type === 'MISSING_AUTHENTICATION_TOKEN') ??
    routes.gatewayResponses.find((each) => each.type === 'DEFAULT_4XX');
  return {
    statusCode: Number(response?.statusCode ?? 403),
    headers: {
      'content-type': 'application/json',
      'x-amzn-errortype': 'MissingAuthenticationTokenException',
      ...staticHeaderValues(response?.parameters ?? {}, 'gatewayresponse.header.'),
      ...idHeaders,
    },
    body: Buffer.from('{"message":"Missing Authentication Token"}'),
    why: 'no method of the API matches this method and path: API Gateway answers it itself (the MISSING_AUTHENTICATION_TOKEN gateway response), the function never runs',
    level: routingEvidence.rest.miss.level,
  };
}

function endpointTimedOut(route: RestRoute, idHeaders: Record<string, string>): WireAnswer {
  return {
    statusCode: 504,
    headers: { 'content-type': 'application/json', ...idHeaders },
    body: Buffer.from('{"message": "Endpoint request timed out"}'),
    why: `the integration timed out after ${route.integrationTimeout} s`,
    level: 'documented',
  };
}

/** A 5XX of API Gateway's own gets the DEFAULT_5XX gateway response's headers. */
function withGatewayResponse(
  answer: GatewayAnswer,
  responses: GatewayResponseSpec[],
): GatewayAnswer {
  const default5xx = responses.find((each) => each.type === 'DEFAULT_5XX');
  return default5xx === undefined ? answer : withDefault5xxHeaders(answer, default5xx.parameters);
}

function notModelled(
  what: string,
  idHeaders: Record<string, string>,
  gap?: NotModelled,
): WireAnswer {
  const message =
    gap === undefined
      ? `The workshop's local API does not model ${what}; AWS's answer is not known here.`
      : what;
  return {
    statusCode: 501,
    headers: { 'content-type': 'application/json', ...idHeaders },
    body: Buffer.from(JSON.stringify({ message })),
    why: "the workshop's local API answers 501 rather than guess",
    notModelled: gap === undefined ? what : `${gap.resource}, ${gap.property}`,
  };
}
