import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { lambdaContext } from '../../fixtures/lambda-context';
import type { GatewayAnswer } from '../gateway-answer';
import {
  corsResponseHeaders,
  type FunctionUrlCors,
  isPreflight,
  preflightHeaders,
  type ResolvedCors,
  requestOrigin,
  resolveCors,
} from './cors';
import { httpApiEvidence as evidence } from './evidence';
import { invokeLambda } from './invoke-lambda';
import type { AnyHttpApiHandler } from './invoke-through-http-api';
import { mapV2Result, v2Error } from './map-v2-result';

export interface FunctionUrlOptions {
  /** serverless.yml's `functions.<name>.url.cors`. */
  cors?: FunctionUrlCors;
}

/**
 * Answers: what would a client of this handler's Lambda Function URL receive? No API Gateway
 * in between: the payload 2.0 rules (a result without statusCode is an inferred 200), a throw
 * is a 502 with a plain-text body, and CORS comes from the URL's configuration, which wins
 * over the function's own CORS headers.
 */
export async function invokeThroughFunctionUrl(
  handler: AnyHttpApiHandler,
  event: APIGatewayProxyEventV2,
  options: FunctionUrlOptions = {},
  context: Context = lambdaContext(),
): Promise<GatewayAnswer> {
  const cors =
    options.cors === undefined
      ? undefined
      : resolveCors(options.cors, 'Function URL', event.requestContext.http.method);
  const requestId = { 'x-amzn-requestid': context.awsRequestId };
  if (cors !== undefined && isPreflight(event))
    return {
      statusCode: 204,
      headers: { ...preflightHeaders(cors, requestOrigin(event)), ...requestId },
      body: '',
      evidence: evidence.urlCors,
      frontDoor: 'Function URL',
    };

  const outcome = await invokeLambda(handler, event, context);
  const answer =
    outcome.kind === 'failed'
      ? v2Error(
          `${outcome.why}; a Function URL answers a failed invocation with 502`,
          'Function URL',
          evidence.urlFunctionError,
        )
      : mapV2Result(outcome.result, 'Function URL');
  const finish = (delivered: GatewayAnswer): GatewayAnswer => ({
    ...delivered,
    headers: { ...delivered.headers, ...corsFor(cors, event), ...requestId },
  });
  const finished = finish(answer);
  if (answer.ifAccepted !== undefined) finished.ifAccepted = finish(answer.ifAccepted);
  return finished;
}

/** "Lambda automatically adds the CORS headers to all responses"; the configured ones win a conflict. */
function corsFor(
  cors: ResolvedCors | undefined,
  event: APIGatewayProxyEventV2,
): Record<string, string> {
  return cors === undefined ? {} : corsResponseHeaders(cors, requestOrigin(event));
}
