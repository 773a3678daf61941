import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * A temporary folder for one framework run, given to it as TMPDIR (TMP, TEMP on Windows),
 * and how to remove it once the run ends: serverless-esbuild (1.57) zips from a folder
 * under the system's temporary folder and fails to remove it (it is not empty), so every
 * package left a folder with the bundled handlers in /tmp (reported upstream:
 * floydspace/serverless-esbuild pull request 589).
 */
export function frameworkScratch(): { env: Record<string, string>; remove: () => void } {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'workshop-framework-'));
  return {
    env: { TMPDIR: scratch, TMP: scratch, TEMP: scratch },
    remove: () => rmSync(scratch, { recursive: true, force: true }),
  };
}

/** Runs one framework command to completion and returns its exit code and combined output. */
export function runFramework(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<FrameworkRun> {
  const scratch = frameworkScratch();
  return new Promise<FrameworkRun>((resolve, reject) => {
    const child = spawnFramework(args, { cwd, env: { ...env, ...scratch.env } });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  }).finally(scratch.remove);
}
