import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

export interface ContextOptions {
  /** serverless.yml's function key: the deployed name is `service-dev-<key>`. */
  functionKey?: string;
  /** The function's timeout, in seconds: getRemainingTimeInMillis counts down from it. */
  timeoutSeconds?: number;
  awsRequestId?: string;
}

/**
 * The Lambda `Context` the Node.js 22 runtime passes one invocation: a fresh request id, the
 * function's names and the time it has left. The model's own, for the runtime it models and
 * the local API; tests have theirs in fixtures/.
 */
export function invocationContext({
  functionKey = 'throw_error',
  timeoutSeconds = 6,
  awsRequestId = randomUUID(),
}: ContextOptions = {}): Context {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const functionName = `service-dev-${functionKey}`;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-2:123456789012:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/25/[$LATEST]0123456789abcdef0123456789abcdef',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
