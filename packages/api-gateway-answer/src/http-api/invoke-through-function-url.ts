import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { GatewayAnswer } from '../gateway-answer';
import { invocationContext } from '../lambda-context';
import { type FunctionOutcome, invokeFunction } from '../lambda-runtime';
import {
  corsCheckFailure,
  corsResponseHeaders,
  type FunctionUrlCors,
  isPreflight,
  preflightHeaders,
  type ResolvedCors,
  requestOrigin,
  resolveCors,
  withUrlCorsHeaders,
} from './cors';
import { httpApiEvidence as evidence } from './evidence';
import type { AnyHttpApiHandler } from './invoke-through-http-api';
import { mapV2Result, v2Error } from './map-v2-result';

export interface FunctionUrlOptions {
  /** serverless.yml's `functions.<name>.url.cors`. */
  cors?: FunctionUrlCors;
  /**
   * serverless.yml's `functions.<name>.url.invokeMode`. Only the default, BUFFERED, is
   * modelled: RESPONSE_STREAM makes Lambda call the function through InvokeWithResponseStream,
   * for a handler written to stream, and the model throws rather than guess its answers.
   */
  invokeMode?: string;
  /** The function's timeout, in seconds; none by default (the handler is awaited). A URL has no integration timeout of its own. */
  functionTimeout?: number;
}

/** What RESPONSE_STREAM changes, for the error the model throws and for the checks that name it. */
export const RESPONSE_STREAM_NOT_MODELLED =
  'url.invokeMode is RESPONSE_STREAM: Lambda then calls the function through InvokeWithResponseStream, for a handler written to stream its answer (awslambda.streamifyResponse, the status and headers through HttpResponseStream.from), not one that returns {statusCode, headers, body}; the 502 for a throw and the answers checked here are those of the default mode, BUFFERED. Leave invokeMode out';

/**
 * Answers: what would a client of this handler's Lambda Function URL receive? No API Gateway
 * in between: the payload 2.0 rules (a result without statusCode is an inferred 200), a throw
 * is a 502 with a plain-text body (the default BUFFERED invoke mode; RESPONSE_STREAM is not
 * modelled). With CORS configured on the URL, the URL answers a preflight itself, and adds its
 * CORS headers to every other answer beside the function's own: a header both set reaches the
 * client twice, which a browser rejects (`browserRejects` says so).
 */
export async function invokeThroughFunctionUrl(
  handler: AnyHttpApiHandler,
  event: APIGatewayProxyEventV2,
  options: FunctionUrlOptions = {},
  context: Context = invocationContext(),
): Promise<GatewayAnswer> {
  if (options.invokeMode !== undefined && options.invokeMode !== 'BUFFERED')
    throw new Error(
      options.invokeMode === 'RESPONSE_STREAM'
        ? `${RESPONSE_STREAM_NOT_MODELLED}.`
        : `url.invokeMode must be BUFFERED or RESPONSE_STREAM, got ${JSON.stringify(options.invokeMode)}.`,
    );
  const cors =
    options.cors === undefined
      ? undefined
      : resolveCors(options.cors, 'Function URL', event.requestContext.http.method);
  const requestId = { 'x-amzn-requestid': context.awsRequestId };
  const origin = requestOrigin(event);
  if (cors !== undefined && isPreflight(event)) {
    const headers = { ...preflightHeaders(cors, origin), ...requestId };
    return withBrowserVerdict(
      { statusCode: 204, headers, body: '', evidence: evidence.urlCors, frontDoor: 'Function URL' },
      origin,
    );
  }

  const outcome = await invokeFunction(handler, event, context, options.functionTimeout);
  return answerFunctionUrlInvocation(outcome, event, options, context.awsRequestId);
}

/** A Function URL's answer to one invocation (not a preflight: the caller answers those). */
export function answerFunctionUrlInvocation(
  outcome: FunctionOutcome,
  event: APIGatewayProxyEventV2,
  options: Pick<FunctionUrlOptions, 'cors'>,
  awsRequestId: string,
): GatewayAnswer {
  const cors =
    options.cors === undefined
      ? undefined
      : resolveCors(options.cors, 'Function URL', event.requestContext.http.method);
  const requestId = { 'x-amzn-requestid': awsRequestId };
  const origin = requestOrigin(event);
  const answer =
    outcome.kind === 'failed'
      ? v2Error(
          `${outcome.why}; a Function URL answers a failed invocation with 502`,
          'Function URL',
          evidence.urlFunctionError,
        )
      : mapV2Result(outcome.result, 'Function URL');
  const finish = (delivered: GatewayAnswer): GatewayAnswer => {
    const { headers, duplicated } = withUrlCorsHeaders(delivered.headers, corsFor(cors, origin));
    const finished = { ...delivered, headers: { ...headers, ...requestId } };
    return withBrowserVerdict(finished, origin, duplicated);
  };
  const finished = finish(answer);
  if (answer.ifAccepted !== undefined) finished.ifAccepted = finish(answer.ifAccepted);
  return finished;
}

/** "Lambda automatically adds the CORS headers to all responses" (the URL's, for an allowed origin). */
function corsFor(
  cors: ResolvedCors | undefined,
  origin: string | undefined,
): Record<string, string> {
  return cors === undefined ? {} : corsResponseHeaders(cors, origin);
}

/** The answer, with what a browser makes of it when the request came from a page (an Origin). */
function withBrowserVerdict(
  answer: GatewayAnswer,
  origin: string | undefined,
  duplicated: string[] = [],
): GatewayAnswer {
  const failure = corsCheckFailure(answer.headers, origin);
  if (failure === undefined) return answer;
  const browserRejects = duplicated.includes('access-control-allow-origin')
    ? `duplicate Access-Control-Allow-Origin (${JSON.stringify(answer.headers['access-control-allow-origin'])}): the URL's CORS configuration adds one and the function sets another, and the browser rejects it ("contains multiple values, but only one is allowed"). With url.cors, the function must set no CORS headers of its own (${evidence.urlCorsBoth.level}: ${evidence.urlCorsBoth.source})`
    : failure;
  return { ...answer, browserRejects };
}
