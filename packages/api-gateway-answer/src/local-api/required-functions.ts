import path from 'node:path';
import { BundleError, type LoadedFunctions, type LoadedHandler } from './loaded-functions';
import type { FunctionSpec } from './service-routes';

/**
 * The handlers of built JavaScript, loaded with require from `codeFolder`: a function's
 * `src/handler.throwError` is the export throwError of `<codeFolder>/src/handler.js`, as
 * Lambda reads it in the unzipped package. Nothing is built here: point it at the folder your
 * build writes (tsc's outDir, serverless-esbuild's .esbuild/.build). A function whose template
 * names its asset folder (cdk synth's `aws:asset:path`) is read from there, under `templateFolder`.
 * A module that cannot load fails each invocation as Lambda does (Runtime.ImportModuleError),
 * and the function sees its environment from the template.
 */
export function requiredFunctions(codeFolder: string, templateFolder?: string): LoadedFunctions {
  const loaded = new Map<string, LoadedHandler>();
  return {
    handler(fn: FunctionSpec): LoadedHandler {
      // cdk synth names each function's asset folder, beside the template: it wins.
      const folder =
        fn.codeFolder !== undefined && templateFolder !== undefined
          ? path.resolve(templateFolder, fn.codeFolder)
          : codeFolder;
      const key = `${folder}\0${fn.handler}`;
      const known = loaded.get(key);
      if (known !== undefined) return withEnvironment(fn, known);
      const handler = load(folder, fn);
      loaded.set(key, handler);
      return withEnvironment(fn, handler);
    },
  };
}

function load(codeFolder: string, fn: FunctionSpec): LoadedHandler {
  const dot = fn.handler.lastIndexOf('.');
  if (dot <= 0)
    throw new BundleError(
      `The function ${fn.name}'s handler is ${JSON.stringify(fn.handler)}: it must be <file>.<export>, e.g. src/handler.main.`,
    );
  const file = path.resolve(codeFolder, fn.handler.slice(0, dot));
  const name = fn.handler.slice(dot + 1);
  try {
    const exported = (require(file) as Record<string, unknown>)[name];
    if (typeof exported !== 'function')
      return failing(
        'Runtime.HandlerNotFound',
        `${fn.handler.slice(0, dot)}.${name} is undefined or not exported`,
      );
    return exported as LoadedHandler;
  } catch (error) {
    return failing('Runtime.ImportModuleError', `Error: ${(error as Error).message}`);
  }
}

/** A handler whose module does not load: every invocation fails with Lambda's error for it. */
function failing(errorType: string, message: string): LoadedHandler {
  return () => {
    const error = new Error(message);
    error.name = errorType;
    throw error;
  };
}

/** The function's environment variables from the template, set for its invocation. */
function withEnvironment(fn: FunctionSpec, handler: LoadedHandler): LoadedHandler {
  return (event, context) => {
    Object.assign(process.env, fn.environment);
    return handler(event, context);
  };
}
