import { INTERNAL_SERVER_ERROR_BODY } from '../api-gateway/gateway-answer';
import {
  FUNCTION_URL_ERROR_BODY,
  HTTP_API_ERROR_BODY,
} from '../api-gateway/http-api/map-v2-result';
import { evidence } from '../api-gateway/sources';
import type { WireAnswer } from './wire-answer';

/** Which door a request came through. */
export type DoorKind = 'REST API' | 'HTTP API' | 'Function URL';

/** The most a request body may hold at each door, in bytes (evidence.requestTooLarge, evidence.functionUrlRequestTooLarge). */
export const BODY_LIMIT: Record<DoorKind, number> = {
  'REST API': 10 * 1024 * 1024,
  'HTTP API': 10 * 1024 * 1024,
  'Function URL': 6 * 1024 * 1024,
};

/** The headers every answer of that door carries: its request id(s). */
export type IdHeaders = Record<string, string>;

/** A request whose body is over the door's limit: API Gateway answers 413 itself, the function never runs. */
export function requestTooLarge(door: DoorKind, size: string, ids: IdHeaders): WireAnswer {
  const why =
    door === 'Function URL' ? evidence.functionUrlRequestTooLarge : evidence.requestTooLarge;
  return {
    statusCode: 413,
    headers: { 'content-type': 'application/json', ...ids },
    body: Buffer.from('{"message":"Request Too Long"}'),
    why: `the request body is ${size}, over the ${door}'s limit of ${BODY_LIMIT[door]} bytes: it answers 413 itself, the function never runs`,
    level: why.level,
  };
}

/**
 * The function's response has a header HTTP cannot carry (a line break in a value, a space in
 * a name). What AWS sends then is not known (evidence.headerNotSendable): the door answers as
 * for a malformed result, its own error, and says so, rather than send a broken response.
 */
export function unsendableAnswer(door: DoorKind, problem: string, ids: IdHeaders): WireAnswer {
  const body =
    door === 'REST API'
      ? INTERNAL_SERVER_ERROR_BODY
      : door === 'HTTP API'
        ? HTTP_API_ERROR_BODY
        : FUNCTION_URL_ERROR_BODY;
  return {
    statusCode: door === 'HTTP API' ? 500 : 502,
    headers: {
      'content-type': door === 'Function URL' ? 'text/plain; charset=utf-8' : 'application/json',
      ...ids,
    },
    body: Buffer.from(body),
    why: `${problem}: HTTP cannot carry it, so the local API answers as for a malformed result`,
    level: evidence.headerNotSendable.level,
    notModelled: 'what AWS sends for a header HTTP cannot carry',
  };
}
