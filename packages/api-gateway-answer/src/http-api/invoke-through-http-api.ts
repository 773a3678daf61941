import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { GatewayAnswer } from '../gateway-answer';
import { invocationContext } from '../lambda-context';
import { type Clock, type Invocation, invoke } from '../lambda-runtime';
import { mapProxyResult } from '../map-proxy-result';
import { type Evidence, isFirm } from '../sources';
import {
  corsResponseHeaders,
  type HttpApiCors,
  isPreflight,
  preflightHeaders,
  type ResolvedCors,
  requestOrigin,
  resolveCors,
  withoutCorsHeaders,
} from './cors';
import { httpApiEvidence as evidence } from './evidence';
import { mapV2Result, v2Error } from './map-v2-result';
import { toV1Event } from './to-v1-event';

/**
 * Any function that could sit behind an HTTP API route, typed loosely so tests can pass
 * broken ones. With payloadFormat '1.0' it receives the 1.0 event (an APIGatewayProxyEvent,
 * converted from the 2.0 one by toV1Event), whatever this type says.
 */
export type AnyHttpApiHandler = (event: APIGatewayProxyEventV2, context: Context) => unknown;

export interface HttpApiOptions {
  /** The integration's payloadFormatVersion: '2.0' (the framework's default for httpApi) or '1.0'. */
  payloadFormat?: '2.0' | '1.0';
  /** serverless.yml's `provider.httpApi.cors`. */
  cors?: HttpApiCors;
  /** The function's and the integration's timeouts; none by default (the handler is awaited). */
  clock?: Clock;
}

/**
 * Answers: given this handler and this request, what would a client of an HTTP API (Lambda
 * proxy integration) receive? With payload 2.0 a result without statusCode is not an error:
 * the HTTP API infers a 200 (see `inferred` on the answer). A throw is a 500. With CORS
 * configured, API Gateway answers preflights itself and puts its own CORS headers on the
 * function's answers, dropping the function's.
 */
export async function invokeThroughHttpApi(
  handler: AnyHttpApiHandler,
  event: APIGatewayProxyEventV2,
  options: HttpApiOptions = {},
  context: Context = invocationContext(),
): Promise<GatewayAnswer> {
  const cors =
    options.cors === undefined
      ? undefined
      : resolveCors(options.cors, 'HTTP API', event.requestContext.http.method);
  if (cors !== undefined && isPreflight(event)) return preflight(cors, event);

  const v1 = options.payloadFormat === '1.0';
  const delivered = v1 ? toV1Event(event) : event;
  const outcome = await invoke(
    handler as (event: APIGatewayProxyEventV2 | APIGatewayProxyEvent, context: Context) => unknown,
    delivered,
    context,
    options.clock,
  );
  return answerHttpApiInvocation(outcome, event, options);
}

/** An HTTP API's answer to one invocation of its integration (not a preflight: the caller answers those). */
export function answerHttpApiInvocation(
  outcome: Invocation,
  event: APIGatewayProxyEventV2,
  options: Pick<HttpApiOptions, 'payloadFormat' | 'cors'> = {},
): GatewayAnswer {
  const cors =
    options.cors === undefined
      ? undefined
      : resolveCors(options.cors, 'HTTP API', event.requestContext.http.method);
  const v1 = options.payloadFormat === '1.0';
  const answer =
    outcome.kind === 'integration timed out'
      ? integrationTimedOut(outcome.after)
      : outcome.kind === 'failed'
        ? v2Error(
            `${outcome.why}; an HTTP API answers every failed invocation with 500`,
            'HTTP API',
            evidence.functionError,
          )
        : v1
          ? mapV1OnHttpApi(outcome.result)
          : mapV2Result(outcome.result, 'HTTP API');
  return finish(answer, event, cors);
}

/** API Gateway stopped waiting for the function: its own answer, not a function error. */
function integrationTimedOut(after: number): GatewayAnswer {
  return {
    statusCode: 503,
    headers: { 'content-type': 'application/json' },
    body: HTTP_API_TIMED_OUT_BODY,
    problem: `the integration timed out after ${after} s, before the function answered`,
    evidence: evidence.integrationTimeout,
    frontDoor: 'HTTP API',
  };
}

/** An HTTP API's answer when its integration times out (evidence.integrationTimeout). */
export const HTTP_API_TIMED_OUT_BODY = '{"message":"Service Unavailable"}';

/**
 * A payload 1.0 result on an HTTP API. It does not validate as a REST API does: an unknown
 * top-level key is left out and the rest served (evidence.v1UnknownKeyServed). The other REST
 * rules decide what is malformed (inferred), and the answer is a 500.
 */
function mapV1OnHttpApi(result: unknown): GatewayAnswer {
  const rest = mapProxyResult(withoutUnknownKeys(result));
  if (rest.problem !== undefined) {
    const answer = v2Error(
      `${rest.problem.replace(' (Malformed Lambda proxy response)', '')}: not the payload 1.0 response format`,
      'HTTP API',
      v1Evidence(result, rest),
    );
    if (rest.ifAccepted !== undefined)
      answer.ifAccepted = { ...rest.ifAccepted, frontDoor: 'HTTP API' };
    else if (!isFirm(answer.evidence ?? evidence.v1Malformed))
      answer.ifAccepted = { ...deliveredAnyway(result), frontDoor: 'HTTP API' };
    return answer;
  }
  const record = result as Record<string, unknown>;
  if (record.statusCode === undefined)
    return v2Error(
      'the payload 1.0 result has no statusCode; unlike payload 2.0, an HTTP API does not infer one',
      'HTTP API',
      evidence.v1StatusMissing,
    );
  const ignored =
    withoutUnknownKeys(result) !== result &&
    Object.keys(record).some((key) => !V1_KEYS.includes(key));
  return ignored
    ? { ...rest, evidence: evidence.v1UnknownKeyServed, frontDoor: 'HTTP API' }
    : { ...rest, frontDoor: 'HTTP API' };
}

/** Not an object at all: documented. An object the REST rules refuse: only inferred here. */
function v1Evidence(result: unknown, rest: GatewayAnswer): Evidence {
  const isObject = typeof result === 'object' && result !== null && !Array.isArray(result);
  if (!isObject) return evidence.v1Malformed;
  return rest.evidence !== undefined && !isFirm(rest.evidence)
    ? rest.evidence
    : evidence.v1RestRule;
}

/** What the client would get if the HTTP API served an object the REST rules refuse: its status and body as given. */
function deliveredAnyway(result: unknown): Pick<GatewayAnswer, 'statusCode' | 'headers' | 'body'> {
  const record = result as Record<string, unknown>;
  const status = Number(record.statusCode);
  return {
    statusCode: Number.isInteger(status) ? status : 200,
    headers: { 'content-type': 'application/json' },
    body: typeof record.body === 'string' ? record.body : JSON.stringify(record.body ?? ''),
  };
}

/** The payload 1.0 keys an HTTP API reads; any other is ignored. */
const V1_KEYS = ['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded'];

function withoutUnknownKeys(result: unknown): unknown {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return result;
  return Object.fromEntries(Object.entries(result).filter(([key]) => V1_KEYS.includes(key)));
}

function preflight(cors: ResolvedCors, event: APIGatewayProxyEventV2): GatewayAnswer {
  return {
    statusCode: 204,
    headers: { ...preflightHeaders(cors, requestOrigin(event)), ...requestIdHeader(event) },
    body: '',
    evidence: evidence.corsPreflight,
    frontDoor: 'HTTP API',
  };
}

/** The headers API Gateway itself puts on the answer: its request id, and the configured CORS. */
function finish(
  answer: GatewayAnswer,
  event: APIGatewayProxyEventV2,
  cors: ResolvedCors | undefined,
): GatewayAnswer {
  const withHeaders = (delivered: GatewayAnswer): GatewayAnswer => {
    let headers = { ...delivered.headers, ...requestIdHeader(event) };
    // Its own 500 gets no CORS headers (not documented either way: evidence.corsOnGatewayErrors).
    if (cors !== undefined && delivered.problem === undefined)
      headers = {
        ...withoutCorsHeaders(headers),
        ...corsResponseHeaders(cors, requestOrigin(event)),
      };
    return { ...delivered, headers };
  };
  const finished = withHeaders(answer);
  if (answer.ifAccepted !== undefined) finished.ifAccepted = withHeaders(answer.ifAccepted);
  return finished;
}

function requestIdHeader(event: APIGatewayProxyEventV2): Record<string, string> {
  const id = event.requestContext?.requestId;
  return id ? { 'apigw-requestid': id } : {};
}
