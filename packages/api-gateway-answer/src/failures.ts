import {
  GATEWAY_5XX_HEADERS,
  type GatewayAnswer,
  INTERNAL_SERVER_ERROR_BODY,
} from './gateway-answer';
import { evidence } from './sources';

/**
 * API Gateway's default integration timeout for a REST API, in seconds: 50 ms to 29 s, the most
 * an edge-optimized API (the framework's default) may have; a Regional or private API may be
 * given more since June 2024 (evidence.integrationTimeout).
 */
export const DEFAULT_INTEGRATION_TIMEOUT_SECONDS = 29;

/** The body of API Gateway's 504 when the integration outlives its timeout (reported wording). */
export const ENDPOINT_TIMED_OUT_BODY = '{"message": "Endpoint request timed out"}';

export interface Timing {
  /** How long the function would run, in seconds. */
  runsFor: number;
  /** The function's Lambda timeout (serverless.yml `timeout`, 6 s by default), in seconds. */
  lambdaTimeout: number;
  /** The integration timeout (`timeoutInMillis` / 1000), 29 s by default; more only on a Regional or private API. */
  integrationTimeout?: number;
}

/**
 * What a client of a Lambda-proxy integration receives when time runs out, or undefined when
 * the function finishes in time (then its result is mapped as usual). Whichever limit comes
 * first decides: API Gateway's own (504) or Lambda's (a failed invocation: 502).
 */
export function answerWhenSlow({
  runsFor,
  lambdaTimeout,
  integrationTimeout = DEFAULT_INTEGRATION_TIMEOUT_SECONDS,
}: Timing): GatewayAnswer | undefined {
  if (runsFor <= Math.min(lambdaTimeout, integrationTimeout)) return undefined;
  if (integrationTimeout <= lambdaTimeout) {
    return {
      statusCode: 504,
      headers: { ...GATEWAY_5XX_HEADERS },
      body: ENDPOINT_TIMED_OUT_BODY,
      problem: `the integration timed out after ${integrationTimeout} s, before the function's ${lambdaTimeout} s Lambda timeout`,
      evidence: evidence.integrationTimeout,
    };
  }
  return {
    statusCode: 502,
    headers: { ...GATEWAY_5XX_HEADERS },
    body: INTERNAL_SERVER_ERROR_BODY,
    problem: `the function outlived its ${lambdaTimeout} s Lambda timeout, under the ${integrationTimeout} s integration timeout: a failed invocation`,
    evidence: evidence.lambdaTimeout,
  };
}

/** Why Lambda may refuse to run the function at all. */
export type Refusal = 'throttled' | 'no permission' | 'invalid integration';

/** API Gateway's answer when Lambda refuses the invocation: the function never runs. */
export function answerWhenRefused(reason: Refusal): GatewayAnswer {
  return {
    statusCode: 500,
    headers: { ...GATEWAY_5XX_HEADERS },
    body: INTERNAL_SERVER_ERROR_BODY,
    problem: `Lambda refused the invocation (${reason}); the function never ran`,
    evidence: evidence.refusedInvocation,
  };
}
