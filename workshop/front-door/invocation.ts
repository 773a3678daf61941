import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { lambdaContext } from '../fixtures/lambda-context';
import type { FunctionSpec } from './service-routes';

/** A Lambda context for one invocation of `fn`: a new request id, its name, its time left. */
export function invocationContext(fn: FunctionSpec): Context {
  const deadline = Date.now() + fn.timeout * 1000;
  const functionName = `service-dev-${fn.name}`;
  return {
    ...lambdaContext(randomUUID()),
    functionName,
    invokedFunctionArn: `arn:aws:lambda:us-east-2:123456789012:function:${functionName}`,
    logGroupName: `/aws/lambda/${functionName}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

/** The work's value, or `done: false` when it outlives `seconds` (it is left to finish unheard, as Lambda freezes it). */
export async function runWithin<T>(
  seconds: number,
  work: () => Promise<T>,
): Promise<{ done: true; value: T } | { done: false }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ done: false }>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), seconds * 1000);
  });
  try {
    return await Promise.race([work().then((value) => ({ done: true as const, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `handler`, failing as Lambda does when it runs longer than `seconds`. */
export function timedHandler<E, C>(
  handler: (event: E, context: C) => unknown,
  seconds: number,
): (event: E, context: C) => Promise<unknown> {
  return async (event, context) => {
    const outcome = await runWithin(seconds, async () => handler(event, context));
    if (outcome.done) return outcome.value;
    throw Object.assign(new Error(`Task timed out after ${seconds.toFixed(2)} seconds`), {
      name: 'Sandbox.Timedout',
    });
  };
}
