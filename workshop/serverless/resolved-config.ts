import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';

/** The parts of a resolved serverless.yml the step tests look at. */
export interface ResolvedConfig {
  service?: string;
  provider?: {
    name?: string;
    runtime?: string;
    region?: string;
    stage?: string;
    environment?: Record<string, string>;
    /** The HTTP API of the `httpApi` events: `cors` as written (true, or the settings), `payload`. */
    httpApi?: { cors?: unknown; payload?: string };
  };
  functions?: Record<
    string,
    {
      handler?: string;
      /** Added to provider.environment for this function; a name here wins. */
      environment?: Record<string, string>;
      events?: Array<Record<string, unknown>>;
      /** A Lambda function URL: true, or its settings (`cors`, `authorizer`, `invokeMode`). */
      url?: boolean | { cors?: unknown; authorizer?: string; invokeMode?: string };
    }
  >;
  plugins?: string[] | { modules?: string[] };
  custom?: Record<string, unknown>;
  package?: Record<string, unknown>;
  resources?: Record<string, unknown>;
}

interface VariableSource {
  resolve: (input: {
    address?: string;
    params?: unknown[];
    isSourceFulfilled?: boolean;
  }) => unknown;
}

/** The framework's own modules (osls), loaded from the workshop's install. */
const framework = (module: string) =>
  require(require.resolve(`serverless/lib/configuration/${module}`, { paths: [repoRoot] }));

/**
 * `serverless.yml` as the framework reads it: parsed by the framework's own reader and with
 * variables such as `${env:AWS_REGION, 'us-east-2'}` resolved by its own resolver, filled
 * in from `env` (a variable given as `undefined` counts as not set).
 *
 * In this process, without starting the framework or its plugins: that took 2.5 s per call
 * (`serverless print`), most of it loading plugins the tests do not need. What it leaves out
 * are the defaults the framework adds later (a function's `name`, `versionFunctions`).
 */
export async function resolvedConfig(
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<ResolvedConfig> {
  const configurationPath = path.join(cwd, 'serverless.yml');
  try {
    const configuration = await framework('read')(configurationPath);
    const variablesMeta = framework('variables/resolve-meta')(configuration);
    const environment: Record<string, string | undefined> = { ...process.env, ...env };
    // The framework's env source reads process.env; this one reads `env`, so that tests
    // resolving with different variables can run at the same time.
    const envSource: VariableSource = {
      resolve: ({ address }) => ({
        value: address === undefined ? null : (environment[address] ?? null),
      }),
    };
    await framework('variables/resolve')({
      serviceDir: cwd,
      configuration,
      variablesMeta,
      sources: {
        env: envSource,
        file: framework('variables/sources/file'),
        opt: framework('variables/sources/opt'),
        self: framework('variables/sources/self'),
        strToBool: framework('variables/sources/str-to-bool'),
      },
      options: {},
      fulfilledSources: new Set(['env', 'file', 'opt', 'self', 'strToBool']),
    });
    framework('variables/eventually-report-resolution-errors')(
      configurationPath,
      configuration,
      variablesMeta,
      { isHelpRequest: false },
    );
    const unresolved = [...variablesMeta.keys()].map((key: string) => key.split('\0').join('.'));
    if (unresolved.length > 0)
      throw new Error(
        `these properties use variables the framework cannot resolve: ${unresolved.join(', ')}`,
      );
    return configuration as ResolvedConfig;
  } catch (error) {
    const { message } = error as Error;
    const hint = reservedIndicatorHint(message, configurationPath);
    throw new Error(
      `The framework could not read ${path.relative(repoRoot, configurationPath)}:\n${message}${hint ? `\n\n${hint}` : ''}`,
    );
  }
}

/**
 * serverless.yml's `resources.Resources` as written, its variables unresolved (read by the
 * framework's own reader): what a message quotes back when it says what to write. Undefined
 * when it cannot be read (resolvedConfig then says why).
 */
export async function writtenResources(cwd: string): Promise<Record<string, unknown> | undefined> {
  try {
    const configuration = await framework('read')(path.join(cwd, 'serverless.yml'));
    const resources = (configuration as ResolvedConfig).resources?.Resources;
    return typeof resources === 'object' && resources !== null
      ? (resources as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the YAML reader's message leaves out when a value starts with `@` or a backtick: YAML
 * reserves both, so a plain (unquoted) value cannot start with them, and the reader reports
 * only "bad indentation of a sequence entry" (for `- @aws-sdk/*`) or the like.
 */
export function reservedIndicatorHint(message: string, file: string): string | undefined {
  const [, line] = /\((\d+):\d+\)/.exec(message) ?? [];
  if (line === undefined) return undefined;
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8').split(/\r?\n/)[Number(line) - 1];
  } catch {
    return undefined;
  }
  const value = text && /^\s*(?:-\s+|[^#'"]*?:\s+)([@`]\S*)/.exec(text)?.[1];
  if (!value) return undefined;
  return `Line ${line}: ${value[0]} cannot start a plain YAML value (YAML reserves it): quote the value, as in '${value}'.`;
}
