import { invokeThroughApiGateway } from '../api-gateway/invoke-through-api-gateway';
import { lambdaOutcome, mapLambdaOutcome } from '../api-gateway/lambda-integration';
import { invoke } from '../api-gateway/lambda-runtime';
import { evidence } from '../api-gateway/sources';
import { staticHeaderValues } from '../api-gateway/static-header-values';
import {
  type DoorContext,
  gatewayError,
  notModelledGap,
  withGatewayResponses,
} from './gateway-errors';
import type { LoadedHandler } from './handler-bundle';
import { contextFor } from './invocation';
import { gapOn } from './not-modelled';
import {
  headerValue,
  type IncomingRequest,
  lambdaIntegrationEvent,
  type RequestIds,
  restProxyEvent,
} from './request-events';
import { matchRoute } from './route-match';
import type { FunctionSpec, RestRoute, ServiceRoutes } from './service-routes';
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
  const context: DoorContext = { door: 'REST API', ids, gatewayResponses: routes.gatewayResponses };
  if (route === undefined)
    return gatewayError(
      'no route',
      'no method of the API matches this method and path: API Gateway answers it itself (the MISSING_AUTHENTICATION_TOKEN gateway response), the function never runs',
      context,
    );
  const gap = gapOn(routes.notModelled, 'REST API', route);
  if (gap !== undefined) return notModelledGap(gap, context);

  if (route.integration === 'MOCK') return mockAnswer(route, idHeaders);
  if (route.function === undefined)
    return notModelled(
      `the ${route.integration} integration (only AWS_PROXY, AWS and MOCK are)`,
      context,
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
    const answer = await invokeThroughApiGateway(handler as never, event, contextFor(fn), {
      binaryMediaTypes: routes.binaryMediaTypes,
      clock: { functionTimeout: fn.timeout, integrationTimeout: route.integrationTimeout },
    });
    answer.headers = { ...answer.headers, ...idHeaders };
    const wire = fromGatewayAnswer(answer);
    // API Gateway's own error (a failed invocation, a malformed result, a timeout): the
    // configured gateway responses apply (that these are DEFAULT_5XX ones is inferred:
    // evidence.gatewayResponse5xx).
    return answer.problem === undefined
      ? wire
      : withGatewayResponses(
          wire,
          answer.statusCode === 504 ? 'INTEGRATION_TIMEOUT' : undefined,
          context,
        );
  }

  if (route.integration === 'AWS') {
    const contentType = (headerValue(request.headers, 'content-type') ?? 'application/json')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (contentType !== 'application/json')
      return notModelled(
        `a ${contentType} request through the Lambda integration (the model renders the framework's application/json request template)`,
        context,
      );
    const event = lambdaIntegrationEvent(request, {
      resource: route.path,
      stage: routes.stage,
      pathParameters,
    });
    if (event === undefined)
      return gatewayError(
        'body not JSON',
        "the body is not JSON, so the request template's $input.json('$') cannot render it: the function never runs",
        context,
      );
    const invocation = await invoke(handler, event, contextFor(fn), {
      functionTimeout: fn.timeout,
      integrationTimeout: route.integrationTimeout,
    });
    if (invocation.kind === 'integration timed out')
      return gatewayError(
        'integration timed out',
        `the integration timed out after ${route.integrationTimeout} s`,
        context,
      );
    const answer = mapLambdaOutcome(
      lambdaOutcome(invocation),
      route.integrationResponses,
      ids.requestId,
    );
    answer.headers = { ...answer.headers, ...idHeaders };
    const wire = fromLambdaAnswer(answer);
    return answer.problem === undefined
      ? wire
      : withGatewayResponses(wire, 'API_CONFIGURATION_ERROR', context);
  }
  return notModelled(`the ${route.integration} integration`, context);
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
    level: evidence.mockPreflight.level,
  };
}

function notModelled(what: string, context: DoorContext): WireAnswer {
  return gatewayError(
    'not modelled',
    "the workshop's local API answers 501 rather than guess",
    context,
    what,
  );
}
