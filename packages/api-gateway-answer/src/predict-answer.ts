import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { postEventV2 } from './events/http-api-events';
import { postEvent } from './events/rest-events';
import type { GatewayAnswer } from './gateway-answer';
import type { FunctionUrlCors, HttpApiCors } from './http-api/cors';
import { httpApiEvidence } from './http-api/evidence';
import { answerFunctionUrlInvocation } from './http-api/invoke-through-function-url';
import { answerHttpApiInvocation } from './http-api/invoke-through-http-api';
import { answerProxyInvocation } from './invoke-through-api-gateway';
import {
  type IntegrationResponse,
  type LambdaIntegrationAnswer,
  lambdaOutcome,
  mapLambdaOutcome,
} from './lambda-integration';
import { type FunctionOutcome, settledInvocation } from './lambda-runtime';
import { type Evidence, type EvidenceLevel, evidence } from './sources';
import { staticHeaderValues } from './static-header-values';

/**
 * The ways of putting a Lambda function on HTTP: a REST API with the Lambda-proxy integration
 * or the Lambda (non-proxy) integration, an HTTP API with payload format 2.0 or 1.0, a
 * Lambda Function URL.
 */
export type Door = 'rest-proxy' | 'rest-lambda' | 'http-api-v2' | 'http-api-v1' | 'function-url';

export const DOORS: readonly Door[] = [
  'rest-proxy',
  'rest-lambda',
  'http-api-v2',
  'http-api-v1',
  'function-url',
];

/** A REST API's gateway response, as CloudFormation declares it (AWS::ApiGateway::GatewayResponse). */
export interface GatewayResponse {
  /** DEFAULT_4XX, DEFAULT_5XX, or a specific type. */
  ResponseType: string;
  StatusCode?: string | number;
  /** `gatewayresponse.header.<Name>` → `'static value'` (quoted, as CloudFormation wants it). */
  ResponseParameters?: Record<string, string>;
}

export interface PredictOptions {
  door: Door;
  /** HTTP API: `provider.httpApi.cors`; Function URL: `url.cors` (serverless.yml's shapes, or `true`). */
  cors?: HttpApiCors | FunctionUrlCors;
  /** The request's Origin: a browser's cross-origin request (CORS applies to it). */
  origin?: string;
  /** REST API: its gateway responses (they change API Gateway's own errors). */
  gatewayResponses?: GatewayResponse[];
  /** REST API: its binary media types; with `accept`, they decide whether a base64 body is sent as bytes. */
  binaryMediaTypes?: string[];
  /** The request's Accept header (REST API binary media types). */
  accept?: string;
  /** REST API, Lambda integration: the method's integration responses; by default one default 200. */
  integrationResponses?: IntegrationResponse[];
  /**
   * Whether the value was thrown (or the promise rejected with it) rather than returned.
   * By default an Error instance is taken as thrown, anything else as returned.
   */
  thrown?: boolean;
}

/** What the client receives, and why. */
export interface Prediction {
  /** The door that answered. */
  door: Door;
  statusCode: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The body as text (with `bodyEncoding: 'base64'`, the base64 of the bytes sent). */
  body: string;
  bodyEncoding?: 'base64';
  /** True when the function's answer reaches the client; false when the door answers with an error of its own. */
  accepted: boolean;
  /** The rule that decided the answer, in one sentence. */
  rule: string;
  /** How sure we are of that rule: recorded (captured from AWS), documented, reported or inferred. */
  evidence: EvidenceLevel;
  /** Where the rule comes from (a URL, or the recording). */
  source: string;
  /** What to change, when the function's answer does not reach the client. */
  fix?: string;
  /**
   * For an error decided by a rule that is only reported or inferred: what the client would
   * receive if AWS accepted the result after all.
   */
  ifAccepted?: Omit<Prediction, 'ifAccepted'>;
  /** The door: where a browser would refuse to let the page read the answer (Function URL CORS), why. */
  browserRejects?: string;
}

/**
 * What a client receives when a handler returns (or throws) `resultOrError` behind `door`,
 * with the rule that decided it and how sure we are of it. Synchronous: it applies what
 * Lambda does to the value (the JSON round trip, the 6 MB limit, a throw's error document)
 * and what the door does with it, to a sample POST request (with `origin` when given).
 */
export function predictAnswer(resultOrError: unknown, options: PredictOptions): Prediction {
  if (!DOORS.includes(options?.door))
    throw new TypeError(
      `predictAnswer: door must be one of ${DOORS.join(', ')}; got ${JSON.stringify(options?.door)}.`,
    );
  const thrown = options.thrown ?? resultOrError instanceof Error;
  const outcome = settledInvocation(
    thrown ? { kind: 'threw', error: resultOrError } : { kind: 'value', value: resultOrError },
  );
  if (options.door === 'rest-lambda')
    return fromLambdaIntegration(
      mapLambdaOutcome(lambdaOutcome(outcome), integrationResponsesOf(options)),
    );
  return fromProxy(proxyAnswer(outcome, options), options);
}

/** The integration responses predictions use: the given ones, or the console's default 200. */
export function integrationResponsesOf(options: PredictOptions): IntegrationResponse[] {
  return options.integrationResponses ?? [{ StatusCode: 200 }];
}

function proxyAnswer(outcome: FunctionOutcome, options: PredictOptions): GatewayAnswer {
  const headers: Record<string, string> = {};
  if (options.origin !== undefined) headers.origin = options.origin;
  if (options.door === 'rest-proxy') {
    if (options.accept !== undefined) headers.Accept = options.accept;
    const event = restEvent(headers);
    return withGatewayResponses(
      answerProxyInvocation(outcome, event, { binaryMediaTypes: options.binaryMediaTypes }),
      options.gatewayResponses,
    );
  }
  const event = postEventV2('{}', { 'content-type': 'application/json', ...headers });
  if (options.door === 'function-url')
    return answerFunctionUrlInvocation(
      outcome,
      event,
      { cors: options.cors },
      event.requestContext.requestId,
    );
  return answerHttpApiInvocation(outcome, event, {
    cors: options.cors,
    payloadFormat: options.door === 'http-api-v1' ? '1.0' : '2.0',
  });
}

function restEvent(headers: Record<string, string>): APIGatewayProxyEvent {
  return postEvent('{}', { 'Content-Type': 'application/json', ...headers });
}

/**
 * A REST API's own error with its configured gateway response (the specific type is not
 * known here: DEFAULT_5XX or DEFAULT_4XX by status): its status and static header values.
 */
export function withGatewayResponses(
  answer: GatewayAnswer,
  responses: GatewayResponse[] | undefined,
): GatewayAnswer {
  if (answer.problem === undefined || responses === undefined) return answer;
  const type = answer.statusCode < 500 ? 'DEFAULT_4XX' : 'DEFAULT_5XX';
  const response = responses.find((each) => each.ResponseType === type);
  if (response === undefined) return answer;
  const apply = (each: GatewayAnswer): GatewayAnswer => ({
    ...each,
    statusCode: response.StatusCode === undefined ? each.statusCode : Number(response.StatusCode),
    headers: {
      ...each.headers,
      ...staticHeaderValues(response.ResponseParameters ?? {}, 'gatewayresponse.header.'),
    },
  });
  return apply(answer);
}

/** A door's answer (from the model's invokeThrough… functions) as a prediction, with its rule and evidence. */
export function fromProxy(
  answer: GatewayAnswer,
  options: Pick<PredictOptions, 'door'>,
): Prediction {
  const prediction = predictionOf(answer, options.door);
  if (answer.ifAccepted !== undefined)
    prediction.ifAccepted = predictionOf(answer.ifAccepted, options.door);
  return prediction;
}

function predictionOf(answer: GatewayAnswer, door: Door): Prediction {
  const accepted = answer.problem === undefined;
  const why = answer.evidence ?? deliveredEvidence(door);
  const rule = answer.problem ?? answer.inferred ?? deliveredRule(door);
  return {
    door,
    statusCode: answer.statusCode,
    headers: answer.headers,
    body: answer.body,
    ...(answer.bodyEncoding === undefined ? {} : { bodyEncoding: answer.bodyEncoding }),
    accepted,
    rule,
    evidence: why.level,
    source: why.source,
    ...(accepted ? {} : { fix: fixFor(answer.problem as string, door) }),
    ...(answer.browserRejects === undefined ? {} : { browserRejects: answer.browserRejects }),
  };
}

function deliveredEvidence(door: Door): Evidence {
  if (door === 'function-url') return httpApiEvidence.urlStatusUsed;
  if (door === 'http-api-v2') return httpApiEvidence.v2StatusUsed;
  return evidence.delivered;
}

function deliveredRule(door: Door): string {
  return door === 'function-url'
    ? 'the Function URL sends the statusCode, headers and body the function returned'
    : 'API Gateway sends the statusCode, headers and body the function returned';
}

/** What to change so that the function's answer reaches the client. */
function fixFor(problem: string, door: Door): string {
  if (/threw|failed invocation/.test(problem))
    return door === 'rest-proxy'
      ? 'catch the error in the handler and return {statusCode, headers, body} with the status you mean: a proxy integration turns every throw into 502'
      : `catch the error in the handler and return {statusCode, headers, body} with the status you mean: ${door === 'function-url' ? 'a Function URL answers a throw with 502' : 'an HTTP API answers a throw with 500'}`;
  if (/statusCode/.test(problem))
    return 'return a whole-number statusCode (100–599) next to headers and body';
  if (/body/.test(problem)) return 'return body as a string: JSON.stringify the object';
  if (/header/i.test(problem))
    return 'return headers as an object of strings (multiValueHeaders as arrays of strings)';
  if (/serialise|bytes/.test(problem))
    return 'return a result Lambda can serialise to JSON, under 6 MB';
  return 'return the response format of this door: {statusCode, headers, body} with body a string';
}

/** A Lambda integration's answer as a prediction: which integration response was chosen, and why. */
export function fromLambdaIntegration(answer: LambdaIntegrationAnswer): Prediction {
  const accepted = answer.problem === undefined;
  const why = !accepted
    ? evidence.noDefault
    : answer.alternatives !== undefined
      ? evidence.overlappingPatterns
      : /matches no selection pattern/.test(answer.chosen)
        ? evidence.defaultForUnmatched
        : /matches the pattern/.test(answer.chosen)
          ? evidence.selectionByPattern
          : evidence.passThrough;
  return {
    door: 'rest-lambda',
    statusCode: answer.statusCode,
    headers: answer.headers,
    body: answer.body,
    accepted,
    rule: answer.problem ?? answer.chosen,
    evidence: why.level,
    source: why.source,
    ...(accepted
      ? {}
      : {
          fix: 'add a default integration response (one without a SelectionPattern), or a pattern that matches this error message',
        }),
  };
}

/** The sample requests predictAnswer sends, for a test that wants to invoke a handler the same way. */
export function sampleRequest(door: Door): APIGatewayProxyEvent | APIGatewayProxyEventV2 {
  return door === 'rest-proxy' || door === 'rest-lambda'
    ? restEvent({})
    : postEventV2('{}', { 'content-type': 'application/json' });
}
