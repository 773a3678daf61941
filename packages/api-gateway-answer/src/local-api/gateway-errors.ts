import {
  ENDPOINT_TIMED_OUT_BODY,
  FUNCTION_URL_ERROR_BODY,
  HTTP_API_ERROR_BODY,
  HTTP_API_TIMED_OUT_BODY,
  staticHeaderValues,
} from '../engine';
import { type Evidence, evidence, httpApiEvidence } from '../evidence';
import { type DoorKind, INTERNAL_SERVER_ERROR_BODY, unquotedGatewayResponseValue } from '../index';
import { gapMessage, type NotModelled } from './not-modelled';
import type { RequestIds } from './request-events';
import type { GatewayResponseSpec } from './service-routes';
import type { WireAnswer } from './wire-answer';

export type { DoorKind } from '../index';

/** The most a request body may hold at each door, in bytes (evidence.requestTooLarge, evidence.functionUrlRequestTooLarge). */
export const BODY_LIMIT: Record<DoorKind, number> = {
  'REST API': 10 * 1024 * 1024,
  'HTTP API': 10 * 1024 * 1024,
  'Function URL': 6 * 1024 * 1024,
};

/** Each answer a door makes itself, the function never running or its answer never used. */
export type GatewayErrorKind =
  | 'no route'
  | 'outside the stage'
  | 'request too large'
  | 'integration timed out'
  | 'body not JSON'
  | 'unsendable'
  | 'not signed'
  | 'not modelled';

/** What one door answers for one kind: all of it from the model's sources, nothing typed at a call. */
export interface GatewayErrorRule {
  statusCode: number;
  contentType: string;
  body: string;
  /** AWS's x-amzn-ErrorType, where the answer carries one. */
  errorType?: string;
  /**
   * The REST gateway response type that customises it, tried before DEFAULT_4XX or
   * DEFAULT_5XX; null when AWS says it cannot be customised. HTTP APIs and Function URLs have
   * no gateway responses.
   */
  responseType?: string | null;
  /** Its source; undefined only for "not modelled", the local API's own answer. */
  evidence?: Evidence;
}

const NOT_MODELLED: GatewayErrorRule = {
  statusCode: 501,
  contentType: 'application/json',
  body: '',
  responseType: null,
};

const TOO_LARGE = {
  statusCode: 413,
  contentType: 'application/json',
  body: '{"message":"Request Too Long"}',
  responseType: null,
} as const;

/** Each door's own answers. A kind a door never makes is absent. */
export const GATEWAY_ERRORS: Record<
  DoorKind,
  Partial<Record<GatewayErrorKind, GatewayErrorRule>>
> = {
  'REST API': {
    'no route': {
      statusCode: 403,
      contentType: 'application/json',
      body: '{"message":"Missing Authentication Token"}',
      errorType: 'MissingAuthenticationTokenException',
      responseType: 'MISSING_AUTHENTICATION_TOKEN',
      evidence: evidence.missingAuthenticationToken,
    },
    'outside the stage': {
      statusCode: 403,
      contentType: 'application/json',
      body: '{"message":"Forbidden"}',
      responseType: null,
      evidence: evidence.pathOutsideStage,
    },
    'request too large': { ...TOO_LARGE, evidence: evidence.requestTooLarge },
    'integration timed out': {
      statusCode: 504,
      contentType: 'application/json',
      body: ENDPOINT_TIMED_OUT_BODY,
      responseType: 'INTEGRATION_TIMEOUT',
      evidence: evidence.integrationTimeout,
    },
    'body not JSON': {
      statusCode: 400,
      contentType: 'application/json',
      body: '{"message": "Could not parse request body into json"}',
      responseType: 'BAD_REQUEST_BODY',
      evidence: evidence.requestBodyNotJson,
    },
    unsendable: {
      statusCode: 502,
      contentType: 'application/json',
      body: INTERNAL_SERVER_ERROR_BODY,
      evidence: evidence.headerNotSendable,
    },
    'not modelled': NOT_MODELLED,
  },
  'HTTP API': {
    'no route': {
      statusCode: 404,
      contentType: 'application/json',
      body: '{"message":"Not Found"}',
      evidence: httpApiEvidence.notFound,
    },
    'request too large': { ...TOO_LARGE, evidence: evidence.requestTooLarge },
    'integration timed out': {
      statusCode: 503,
      contentType: 'application/json',
      body: HTTP_API_TIMED_OUT_BODY,
      evidence: httpApiEvidence.integrationTimeout,
    },
    unsendable: {
      statusCode: 500,
      contentType: 'application/json',
      body: HTTP_API_ERROR_BODY,
      evidence: evidence.headerNotSendable,
    },
    'not modelled': NOT_MODELLED,
  },
  'Function URL': {
    'request too large': { ...TOO_LARGE, evidence: evidence.functionUrlRequestTooLarge },
    unsendable: {
      statusCode: 502,
      contentType: 'text/plain; charset=utf-8',
      body: FUNCTION_URL_ERROR_BODY,
      evidence: evidence.headerNotSendable,
    },
    'not signed': {
      statusCode: 403,
      contentType: 'application/json',
      body: '{"Message":"Forbidden"}',
      evidence: httpApiEvidence.urlNotSigned,
    },
    'not modelled': NOT_MODELLED,
  },
};

/** Where a door answers: its request ids, and (REST) the API's gateway responses. */
export interface DoorContext {
  door: DoorKind;
  ids: RequestIds;
  gatewayResponses?: GatewayResponseSpec[];
}

/**
 * The gateway-error stage: the answer a door makes itself, of `kind`, with why. Its status,
 * body, headers and evidence come from GATEWAY_ERRORS; on a REST API the configured gateway
 * responses then apply, the specific type first, else DEFAULT_4XX or DEFAULT_5XX.
 * `notModelled` (for kind 'not modelled') names what the local API does not model, and
 * `message`, when given, is the whole message of its 501 (a resource the banner named).
 */
export function gatewayError(
  kind: GatewayErrorKind,
  why: string,
  context: DoorContext,
  notModelled?: string,
  message?: string,
): WireAnswer {
  const rule = GATEWAY_ERRORS[context.door][kind];
  if (rule === undefined) throw new Error(`The ${context.door} never answers "${kind}" itself.`);
  const body =
    kind === 'not modelled'
      ? JSON.stringify({
          message:
            message ??
            `The workshop's local API does not model ${notModelled}; AWS's answer is not known here.`,
        })
      : rule.body;
  const answer: WireAnswer = {
    statusCode: rule.statusCode,
    headers: {
      'content-type': rule.contentType,
      ...(rule.errorType === undefined ? {} : { 'x-amzn-errortype': rule.errorType }),
      ...idHeaders(context.door, context.ids),
    },
    body: Buffer.from(body),
    why,
    level: rule.evidence?.level,
    ...(notModelled === undefined ? {} : { notModelled }),
  };
  return rule.responseType === null
    ? answer
    : withGatewayResponses(answer, rule.responseType, context);
}

/**
 * A REST API's error answer with its configured gateway response: the one of `responseType`
 * if there is one, else DEFAULT_4XX or DEFAULT_5XX by the status. Its status (when it sets
 * one) and its static header values apply; a body template is not rendered, and the line says so.
 */
export function withGatewayResponses(
  answer: WireAnswer,
  responseType: string | undefined,
  context: DoorContext,
): WireAnswer {
  if (context.door !== 'REST API' || answer.statusCode < 400) return answer;
  const responses = context.gatewayResponses ?? [];
  const fallback = answer.statusCode < 500 ? 'DEFAULT_4XX' : 'DEFAULT_5XX';
  const response =
    responses.find((each) => responseType !== undefined && each.type === responseType) ??
    responses.find((each) => each.type === fallback);
  if (response === undefined) return answer;
  // A gateway response AWS refuses at deploy applies nowhere: there would be no API to answer.
  const refused = refusedValue(response);
  if (refused !== undefined) return { ...answer, refusedAtDeploy: refused };
  const template = response.templates['application/json'];
  return {
    ...answer,
    statusCode: response.statusCode === undefined ? answer.statusCode : Number(response.statusCode),
    headers: {
      ...answer.headers,
      ...staticHeaderValues(response.parameters, 'gatewayresponse.header.'),
    },
    gatewayResponse: response.type,
    ...(template === undefined
      ? {}
      : {
          notModelled: `the ${response.type} gateway response's body template (the default body is sent)`,
        }),
  };
}

/** Why AWS refuses to deploy this gateway response (a header value without its inner quotes), if it does. */
function refusedValue(response: GatewayResponseSpec): string | undefined {
  const prefix = 'gatewayresponse.header.';
  for (const [name, value] of Object.entries(response.parameters)) {
    if (!name.startsWith(prefix)) continue;
    const refused = unquotedGatewayResponseValue(
      response.type,
      name.slice(prefix.length),
      value,
      response.writtenParameters?.[name],
    );
    if (refused !== undefined) return refused;
  }
  return undefined;
}

/** Each door's request-id headers, as it puts them on every answer. */
export function idHeaders(door: DoorKind, ids: RequestIds): Record<string, string> {
  if (door === 'HTTP API') return { 'apigw-requestid': ids.requestId };
  if (door === 'Function URL') return { 'x-amzn-requestid': ids.requestId };
  return { 'x-amzn-requestid': ids.requestId, 'x-amz-apigw-id': ids.extendedRequestId };
}

/**
 * A route the banner named as not modelled, or as refused at deploy: its 501 says why. A deploy
 * AWS refuses is known, not a guess: the line says what AWS does, why, and what to write.
 */
export function notModelledGap(gap: NotModelled, context: DoorContext): WireAnswer {
  if (gap.kind === 'refused at deploy') {
    const { notModelled: _none, ...answer } = gatewayError(
      'not modelled',
      '',
      context,
      undefined,
      gapMessage(gap),
    );
    return {
      ...answer,
      why: `AWS would refuse this deploy, so no route would answer (${gap.resource}, ${gap.property}): ${gap.reason}`,
    };
  }
  return gatewayError(
    'not modelled',
    "the workshop's local API answers 501 rather than guess",
    context,
    `${gap.resource}, ${gap.property}`,
    gapMessage(gap),
  );
}
