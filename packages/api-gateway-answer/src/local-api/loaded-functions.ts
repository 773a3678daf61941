import type { Context } from 'aws-lambda';
import type { FunctionSpec } from './service-routes';

/** A handler as Lambda would call it. */
export type LoadedHandler = (event: unknown, context: Context) => unknown;

/** The functions of a service, built and loaded: one module per handler file, as in a warm Lambda. */
export interface LoadedFunctions {
  handler: (fn: FunctionSpec) => LoadedHandler;
}

/**
 * The handlers cannot be built or loaded, for a reason the message says whole (a build
 * error with its file and line): the local API prints it without a stack.
 */
export class BundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleError';
  }
}
