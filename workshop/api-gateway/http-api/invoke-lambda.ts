import type { Context } from 'aws-lambda';
import { MAX_RESPONSE_PAYLOAD_BYTES } from '../invoke-through-api-gateway';
import { describeValue } from '../map-proxy-result';

/** What Lambda hands the front door: the result after its JSON round trip, or why there is none. */
export type LambdaOutcome = { kind: 'result'; result: unknown } | { kind: 'failed'; why: string };

/**
 * Runs the handler as Lambda does: a throw (or rejection) fails the invocation, the result is
 * serialised to JSON (a value it cannot serialise, or one over 6 MB, fails it too) and the
 * front door parses it back.
 */
export async function invokeLambda<E>(
  handler: (event: E, context: Context) => unknown,
  event: E,
  context: Context,
): Promise<LambdaOutcome> {
  let result: unknown;
  try {
    result = await handler(event, context);
  } catch (error) {
    return { kind: 'failed', why: `the function threw ${describeError(error)}` };
  }
  let payload: string | undefined;
  try {
    payload = JSON.stringify(result);
  } catch (error) {
    return {
      kind: 'failed',
      why: `Lambda could not serialise the result to JSON (${describeError(error)})`,
    };
  }
  // JSON.stringify(undefined) is undefined: Lambda then sends `null`.
  payload ??= 'null';
  const size = Buffer.byteLength(payload);
  if (size > MAX_RESPONSE_PAYLOAD_BYTES)
    return {
      kind: 'failed',
      why: `the response is ${size} bytes; Lambda refuses synchronous responses over ${MAX_RESPONSE_PAYLOAD_BYTES} bytes`,
    };
  return { kind: 'result', result: JSON.parse(payload) };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${JSON.stringify(error.message)}`;
  return describeValue(error);
}
