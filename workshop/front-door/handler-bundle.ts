import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { format } from 'node:util';
import { BundleError, type FunctionSpec, type LoadedFunctions } from 'api-gateway-answer/local-api';
import { build, type Message } from 'esbuild';

export type { LoadedFunctions, LoadedHandler } from 'api-gateway-answer/local-api';

/** Why the code does not build: esbuild's messages with file, line and column. */
export class EsbuildError extends BundleError {
  constructor(readonly errors: Message[]) {
    super(
      `Your code does not build:\n${errors
        .map((error) => {
          const where = error.location
            ? `${error.location.file}:${error.location.line}:${error.location.column + 1}: `
            : '';
          const line = error.location?.lineText ? `\n    ${error.location.lineText.trim()}` : '';
          return `  ${where}${error.text}${line}`;
        })
        .join('\n')}`,
    );
  }
}

export interface BundleOptions {
  folder: string;
  functions: FunctionSpec[];
  /** serverless-esbuild's `custom.esbuild`: `exclude` and `external` stay out of the bundle. */
  esbuild?: { exclude?: string[]; external?: string[]; target?: string };
  /** Where the function's log lines go, one line per console call, as Lambda writes them. */
  log: (line: string) => void;
}

const invocation = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` as one invocation: the handler's log lines carry its request id. */
export function asInvocation<T>(requestId: string, work: () => T): T {
  return invocation.run({ requestId }, work);
}

/**
 * Bundles each handler file with esbuild, as serverless-esbuild would (one CommonJS bundle for
 * Node 24, the excluded packages left to the runtime), and loads it in this process. Each
 * function sees its own environment (`provider.environment` and its own, as in the template)
 * and Lambda's variables, not this process's; its console writes Lambda's log format.
 */
export async function bundleFunctions(options: BundleOptions): Promise<LoadedFunctions> {
  const entryPoints = [...new Set(options.functions.map((fn) => handlerFile(options.folder, fn)))];
  const external = [
    ...(options.esbuild?.exclude ?? []),
    ...(options.esbuild?.external ?? []),
    // Lambda's Node.js runtimes ship AWS SDK v3 whatever the bundle leaves out.
    '@aws-sdk/*',
  ];
  const result = await build({
    entryPoints,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    write: false,
    outdir: path.join(options.folder, '.front-door'),
    outbase: options.folder,
    external,
    sourcemap: 'inline',
    logLevel: 'silent',
  }).catch((error: { errors?: Message[] }) => {
    if (error.errors) throw new EsbuildError(error.errors);
    throw error;
  });
  const modules = new Map<string, Record<string, unknown>>();
  const loaded = (file: string, fn: FunctionSpec): Record<string, unknown> => {
    const key = `${file}\0${fn.name}`;
    const cached = modules.get(key);
    if (cached) return cached;
    const relative = path.relative(options.folder, file).replace(/\.[cm]?[jt]s$/, '.js');
    const output = result.outputFiles.find(
      (each) => path.relative(path.join(options.folder, '.front-door'), each.path) === relative,
    );
    if (output === undefined) throw new Error(`esbuild made no bundle for ${file}`);
    const exports = runModule(output.text, file, fn, options.log);
    modules.set(key, exports);
    return exports;
  };
  return {
    handler: (fn) => {
      const file = handlerFile(options.folder, fn);
      const exported = fn.handler.slice(fn.handler.lastIndexOf('.') + 1);
      return (event, context) => {
        const handler = loadedAsLambda(() => loaded(file, fn))[exported];
        if (typeof handler !== 'function')
          throw Object.assign(
            new Error(`${path.basename(file)} does not export a function named ${exported}`),
            { name: 'Runtime.HandlerNotFound' },
          );
        return asInvocation(context.awsRequestId, async () => {
          try {
            return await handler(event, context);
          } catch (error) {
            throw withOwnFrames(error, options.folder);
          }
        });
      };
    },
  };
}

/**
 * The module, or the error Lambda reports when it cannot load: a package the bundle left out
 * is Runtime.ImportModuleError, "Error: Cannot find module '…'" (lambda-import-error.ts). The
 * error is made in this realm, so the model sees an Error whatever realm `require` threw from.
 */
function loadedAsLambda(load: () => Record<string, unknown>): Record<string, unknown> {
  try {
    return load();
  } catch (error) {
    const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
    const missing = code === 'MODULE_NOT_FOUND';
    throw Object.assign(new Error(missing ? `Error: ${String(message)}` : String(message)), {
      name: missing ? 'Runtime.ImportModuleError' : String(name ?? 'Error'),
    });
  }
}

/** `src/handler.throwError` → `<folder>/src/handler.ts` (or .js, .mjs, .cjs). */
export function handlerFile(folder: string, fn: FunctionSpec): string {
  const base = path.join(folder, fn.handler.slice(0, fn.handler.lastIndexOf('.')));
  for (const extension of ['.ts', '.js', '.mts', '.mjs', '.cts', '.cjs'])
    if (existsSync(base + extension)) return base + extension;
  throw new Error(
    `The handler ${fn.handler} of ${fn.name} names ${path.relative(folder, base)}, but there is no such .ts or .js file.`,
  );
}

/** Evaluates one bundle as a CommonJS module, with the function's own `process.env` and console. */
function runModule(
  code: string,
  file: string,
  fn: FunctionSpec,
  log: (line: string) => void,
): Record<string, unknown> {
  const env: Record<string, string> = {
    AWS_REGION: 'us-east-2',
    AWS_DEFAULT_REGION: 'us-east-2',
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    LAMBDA_TASK_ROOT: '/var/task',
    NODE_OPTIONS: '',
    TZ: ':UTC',
    ...fn.environment,
  };
  const functionProcess = new Proxy(process, {
    get(target, property) {
      if (property === 'env') return env;
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      const requestId = invocation.getStore()?.requestId ?? 'undefined';
      // Lambda's text format; a line break inside one call stays in that one log event.
      log(`${new Date().toISOString()}\t${requestId}\t${level}\t${format(...args)}`);
    };
  const functionConsole = {
    ...console,
    log: write('INFO'),
    info: write('INFO'),
    warn: write('WARN'),
    error: write('ERROR'),
    debug: write('DEBUG'),
    trace: write('TRACE'),
  };
  // Compiled by this realm's Function, not vm.runInThisContext: under jest the tests run in a
  // context of their own, and an Error the handler throws must be an `Error` there, as the
  // model checks (`instanceof Error`). sourceURL names the file in stack traces.
  const wrapper = new Function(
    'exports',
    'require',
    'module',
    '__filename',
    '__dirname',
    'process',
    'console',
    `${code}\n//# sourceURL=${file}`,
  ) as (...args: unknown[]) => void;
  const module = { exports: {} as Record<string, unknown> };
  wrapper(
    module.exports,
    createRequire(file),
    module,
    file,
    path.dirname(file),
    functionProcess,
    functionConsole,
  );
  return module.exports;
}

/**
 * The error with only the service's own stack frames: on Lambda, the frames below the
 * handler are the runtime's, not this workshop's, and the error document shows the trace.
 */
function withOwnFrames(error: unknown, folder: string): unknown {
  if (!(error instanceof Error) || error.stack === undefined) return error;
  const lines = error.stack.split('\n');
  const firstFrame = lines.findIndex((line) => /^\s+at /.test(line));
  if (firstFrame === -1) return error;
  const own = lines.slice(firstFrame).filter((line) => line.includes(folder));
  error.stack = [...lines.slice(0, firstFrame), ...own].join('\n');
  return error;
}
