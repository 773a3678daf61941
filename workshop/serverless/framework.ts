import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { repoRoot } from '../paths';

/**
 * The framework's CLI entry point, run with this Node so no shell or `.cmd` shim is involved
 * (Windows). Resolved on use, so that a missing install is an error to report, not a crash.
 */
const frameworkBin = () => require.resolve('serverless/bin/serverless.js', { paths: [repoRoot] });

/**
 * The environment every framework run gets: no telemetry, no notifications, no update
 * checks — nothing that reaches the internet — and no colour codes in captured output.
 * A variable given as `undefined` in `extra` is removed (an empty AWS_REGION is not the
 * same as none: the framework would then pick us-east-1).
 */
export function frameworkEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    SLS_DEPRECATION_DISABLE: '*',
    FORCE_COLOR: '0',
  };
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function spawnFramework(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> } & Pick<
    SpawnOptions,
    'stdio' | 'detached'
  >,
): ChildProcess {
  return spawn(process.execPath, [frameworkBin(), ...args], {
    cwd: options.cwd,
    env: frameworkEnv(options.env),
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
    windowsHide: true,
  });
}

export interface FrameworkRun {
  code: number | null;
  output: string;
}

/** Runs one framework command to completion and returns its exit code and combined output. */
export function runFramework(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<FrameworkRun> {
  return new Promise((resolve, reject) => {
    const child = spawnFramework(args, { cwd, env });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
