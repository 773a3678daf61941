import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import {
  answerFunctionUrlInvocation,
  type FunctionOutcome,
  functionUrlPreflight,
  invokeFunction,
} from '../engine';
import { toCorsConfig } from './cors-config';
import { gatewayError } from './gateway-errors';
import { contextFor } from './invocation';
import type { LoadedHandler } from './loaded-functions';
import { type IncomingRequest, type RequestIds, v2Event } from './request-events';
import type { FunctionUrlSpec } from './service-routes';
import { finish, type StageResult } from './stages';
import { fromGatewayAnswer, type WireAnswer } from './wire-answer';

const URL_DOMAIN = 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-2.on.aws';

/** A request at a Function URL, before any stage: every path and method reaches its function. */
export interface FunctionUrlRequest {
  request: IncomingRequest;
  url: FunctionUrlSpec;
  handler: LoadedHandler;
  ids: RequestIds;
}

/** A request with the event its function receives. */
export interface FunctionUrlEvent extends FunctionUrlRequest {
  event: APIGatewayProxyEventV2;
}

/** A request whose function ran, failed, or timed out (a URL has no integration timeout of its own). */
export interface FunctionUrlInvoked extends FunctionUrlEvent {
  invocation: FunctionOutcome;
}

/** The auth stage: only AuthType NONE lets an unsigned request through. */
export function requireNoAuth(at: FunctionUrlRequest): StageResult<FunctionUrlRequest> {
  const { url, ids } = at;
  if (url.authType === 'NONE') return at;
  return finish(
    gatewayError(
      'not signed',
      `the URL's AuthType is ${url.authType}: a request not signed with SigV4 is refused, the function never runs`,
      { door: 'Function URL', ids },
    ),
  );
}

/** The build-the-event stage: payload 2.0, routeKey `$default`. */
export function buildFunctionUrlEvent(at: FunctionUrlRequest): FunctionUrlEvent {
  const event = v2Event(at.request, {
    routeKey: '$default',
    domainName: URL_DOMAIN,
    requestId: at.ids.requestId,
  });
  return { ...at, event };
}

/** The preflight stage: with url.cors the URL answers a preflight itself; the function never runs. */
export function answerUrlPreflight(withEvent: FunctionUrlEvent): StageResult<FunctionUrlEvent> {
  const { event, url, ids } = withEvent;
  const preflight = functionUrlPreflight(event, corsOf(url), ids.requestId);
  return preflight === undefined ? withEvent : finish(fromGatewayAnswer(preflight));
}

/** The invoke stage: the Lambda runtime runs the function, on its own timeout. */
export async function invokeFunctionUrl(withEvent: FunctionUrlEvent): Promise<FunctionUrlInvoked> {
  const { handler, event, url, ids } = withEvent;
  const invocation = await invokeFunction(
    handler as never,
    event,
    contextFor(url.function, ids.requestId),
    url.function.timeout,
  );
  return { ...withEvent, invocation };
}

/** The map stage: the URL's rules for what the function returned, with the URL's CORS (the model's). */
export function mapFunctionUrl({ invocation, event, url, ids }: FunctionUrlInvoked): WireAnswer {
  return fromGatewayAnswer(
    answerFunctionUrlInvocation(invocation, event, { cors: corsOf(url) }, ids.requestId),
  );
}

function corsOf(url: FunctionUrlSpec) {
  return url.cors === undefined ? undefined : toCorsConfig(url.cors);
}

/** The invoke-mode note: a streaming URL's answer is the buffered one, and the console says so. */
export function noteInvokeMode(invokeMode: string): (answer: WireAnswer) => WireAnswer {
  return (answer) =>
    invokeMode === 'BUFFERED'
      ? answer
      : {
          ...answer,
          notModelled: `InvokeMode ${invokeMode}: this is the buffered answer; a streamed response is not modelled`,
        };
}
