import type { Context } from 'aws-lambda';
import { invocationContext } from './lambda-context';
import { describeValue } from './map-proxy-result';

/**
 * Lambda's limit for a synchronous invocation's response, in bytes, as its error message
 * states: "Response payload size (N bytes) exceeded maximum allowed payload size (6291556 bytes)".
 */
export const MAX_RESPONSE_PAYLOAD_BYTES = 6_291_556;

/** What the Node.js runtime reports for a failed invocation: the client sees it all unless a template says otherwise. */
export interface LambdaErrorDocument {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

/** Why an invocation failed: each is a function error to API Gateway, answered by its own rule. */
export type FailureCause = 'threw' | 'unserialisable' | 'too large' | 'timed out';

/**
 * What an integration gets from one invocation: the result after Lambda's JSON round trip,
 * a failed invocation (with the runtime's error document), or nothing in time: API Gateway
 * stopped waiting first (its integration timeout), which is not a function error.
 */
export type Invocation =
  | { kind: 'result'; result: unknown }
  | {
      kind: 'failed';
      cause: FailureCause;
      /** For a sentence: "the function threw Error: \"boom\"". */
      why: string;
      error: LambdaErrorDocument;
      /** What the handler threw, for cause 'threw'. */
      thrown?: unknown;
    }
  | { kind: 'integration timed out'; after: number };

/** The two limits on one request's time, in seconds; either may be absent (no limit). */
export interface Clock {
  /** The function's Lambda timeout (serverless.yml `timeout`, 6 s by default). */
  functionTimeout?: number;
  /** The integration's timeout: how long API Gateway waits (29 s REST, 30 s HTTP API by default). */
  integrationTimeout?: number;
}

/**
 * One invocation, as Lambda runs it and an integration sees it: a throw (or rejection) fails
 * it with the runtime's error document; the result is serialised to JSON, and a value that
 * cannot be, or one over 6 MB, fails it too; the integration parses it back. With a clock,
 * whichever limit comes first decides: the function's (a failed invocation, Sandbox.Timedout)
 * or the integration's (API Gateway stops waiting; the function is left to finish unheard, as
 * Lambda would let it run on).
 */
export async function invoke<E>(
  handler: (event: E, context: Context) => unknown,
  event: E,
  context: Context = invocationContext(),
  clock: Clock = {},
): Promise<Invocation> {
  const settled = await within(clock, async () => handler(event, context));
  if (settled.kind === 'late') return late(clock);
  return settledInvocation(settled);
}

/**
 * A settled handler's invocation as an integration sees it (no clock): what `invoke` does
 * after the handler returned or threw. Synchronous, for predicting an answer from a value.
 */
export function settledInvocation(
  settled: { kind: 'value'; value: unknown } | { kind: 'threw'; error: unknown },
): FunctionOutcome {
  if (settled.kind === 'threw')
    return {
      kind: 'failed',
      cause: 'threw',
      why: `the function threw ${describeError(settled.error)}`,
      error: lambdaErrorDocument(settled.error),
      thrown: settled.error,
    };
  let payload: string | undefined;
  try {
    payload = JSON.stringify(settled.value);
  } catch (error) {
    return {
      kind: 'failed',
      cause: 'unserialisable',
      why: `Lambda could not serialise the result to JSON (${describeError(error)})`,
      error: lambdaErrorDocument(error),
    };
  }
  // JSON.stringify(undefined) is undefined: Lambda then sends `null`.
  payload ??= 'null';
  const size = Buffer.byteLength(payload);
  if (size > MAX_RESPONSE_PAYLOAD_BYTES)
    return {
      kind: 'failed',
      cause: 'too large',
      why: `the response is ${size} bytes; Lambda refuses synchronous responses over ${MAX_RESPONSE_PAYLOAD_BYTES} bytes`,
      error: {
        errorType: 'Function.ResponseSizeTooLarge',
        errorMessage: `Response payload size (${size} bytes) exceeded maximum allowed payload size (${MAX_RESPONSE_PAYLOAD_BYTES} bytes).`,
        trace: [],
      },
    };
  return { kind: 'result', result: JSON.parse(payload) };
}

/** An invocation with no integration timeout around it (a Function URL, the model's checks): it only ends in a result or a failure. */
export type FunctionOutcome = Exclude<Invocation, { kind: 'integration timed out' }>;

/** `invoke` with only the function's own timeout, if any. */
export async function invokeFunction<E>(
  handler: (event: E, context: Context) => unknown,
  event: E,
  context?: Context,
  functionTimeout?: number,
): Promise<FunctionOutcome> {
  const outcome = await invoke(handler, event, context, { functionTimeout });
  if (outcome.kind === 'integration timed out')
    throw new Error('An invocation with no integration timeout cannot outlive one.');
  return outcome;
}

/** The Node.js runtime's error document: the error's name, message and stack, one line per frame. */
export function lambdaErrorDocument(error: unknown): LambdaErrorDocument {
  if (error instanceof Error)
    return {
      errorType: error.name,
      errorMessage: error.message,
      trace: (error.stack ?? '').split('\n'),
    };
  return { errorType: typeof error, errorMessage: textOf(error), trace: [] };
}

/** A thrown value as text, also one whose toString throws or is not a function. */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** What Lambda reports when a function outlives its timeout: an error the function never threw. */
export function timeoutErrorDocument(seconds: number): LambdaErrorDocument {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `Task timed out after ${seconds.toFixed(2)} seconds`,
    trace: [],
  };
}

type Settled =
  | { kind: 'value'; value: unknown }
  | { kind: 'threw'; error: unknown }
  | { kind: 'late' };

/** The work's outcome, or `late` when it outlives the clock's first limit. */
async function within(clock: Clock, work: () => Promise<unknown>): Promise<Settled> {
  const limit = firstLimit(clock);
  const outcome = work().then(
    (value): Settled => ({ kind: 'value', value }),
    (error: unknown): Settled => ({ kind: 'threw', error }),
  );
  if (limit === undefined) return outcome;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'late' }), limit * 1000);
  });
  try {
    return await Promise.race([outcome, late]);
  } finally {
    clearTimeout(timer);
  }
}

function firstLimit({ functionTimeout, integrationTimeout }: Clock): number | undefined {
  const limits = [functionTimeout, integrationTimeout].filter(
    (limit): limit is number => limit !== undefined,
  );
  return limits.length === 0 ? undefined : Math.min(...limits);
}

/** Past the first limit: API Gateway's (it stops waiting) when it is no later than the function's. */
function late(clock: Clock): Invocation {
  const { functionTimeout, integrationTimeout } = clock;
  if (
    integrationTimeout !== undefined &&
    (functionTimeout === undefined || integrationTimeout <= functionTimeout)
  )
    return { kind: 'integration timed out', after: integrationTimeout };
  const seconds = functionTimeout as number;
  return {
    kind: 'failed',
    cause: 'timed out',
    why: `the function outlived its ${seconds} s Lambda timeout${integrationTimeout === undefined ? '' : `, under the ${integrationTimeout} s integration timeout`}: a failed invocation (Sandbox.Timedout)`,
    error: timeoutErrorDocument(seconds),
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error)
    return `${textOf(error.name)}: ${JSON.stringify(textOf(error.message))}`;
  return describeValue(error);
}
