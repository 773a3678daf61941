import type { Context } from 'aws-lambda';
import { invocationContext } from '../engine';
import type { FunctionSpec } from './service-routes';

/** A Lambda context for one invocation of `fn`: a new request id (or `awsRequestId`), its name, its time left. */
export function contextFor(fn: FunctionSpec, awsRequestId?: string): Context {
  return invocationContext({ functionKey: fn.name, timeoutSeconds: fn.timeout, awsRequestId });
}
