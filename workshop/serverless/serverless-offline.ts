import { type ChildProcess, spawnSync } from 'node:child_process';
import { frameworkFolder, lockBuildFolder } from './build-copy';
import { spawnFramework } from './framework';
import { freePort } from './free-port';
import { resolvedConfig } from './resolved-config';

export interface ServerlessOffline {
  /** e.g. `http://localhost:3000/dev` — append the route path. */
  baseUrl: string;
  httpPort: number;
  /** The server's process id; it leads a process group of its own (POSIX). */
  pid: number;
  /** Where the framework runs: the service folder, or a step's build copy. */
  folder: string;
  /** Everything serverless-offline printed so far (the handler's console.log lines included). */
  output: () => string;
  /** Calls `listener` with everything it prints from now on (for `npm run serve`). */
  follow: (listener: (text: string) => void) => void;
  stop: () => Promise<void>;
}

export interface ServerlessOfflineOptions {
  /** The folder holding the `serverless.yml` to serve. */
  cwd: string;
  /** Defaults to a free port; the README's `npm run serve` uses 3000. */
  httpPort?: number;
  stage?: string;
  /** Give up if the server is not ready by then (the first esbuild run takes a few seconds). */
  readyTimeoutMs?: number;
  /** Extra `serverless offline` flags, e.g. `['--reloadHandler']`. */
  extraArgs?: string[];
  /** A step folder runs in its build copy for this purpose (see frameworkFolder). */
  purpose?: string;
}

const READY_LINE = /Server ready: (http:\/\/\S+)/;

/**
 * Starts serverless-offline, the plugin real projects run as a local API Gateway (`serve
 * --offline`, the tests that pin where it differs from AWS), and resolves once it accepts
 * requests.
 * The server runs in its own process group so that `stop()` also ends whatever it spawned.
 */
export async function startServerlessOffline(
  options: ServerlessOfflineOptions,
): Promise<ServerlessOffline> {
  // A serverless.yml the framework cannot read fails here, with the same message as the
  // tests that read it, instead of after seconds of plugin loading.
  await resolvedConfig(options.cwd);
  const folder = frameworkFolder(options.cwd, options.purpose ?? 'serverless-offline');
  // The server builds into the folder and serves that build until it stops.
  const release = await lockBuildFolder(folder);
  const httpPort = options.httpPort ?? (await freePort());
  const lambdaPort = await freePort();
  const stage = options.stage ?? 'dev';
  const child = spawnFramework(
    [
      'offline',
      'start',
      '--httpPort',
      String(httpPort),
      '--lambdaPort',
      String(lambdaPort),
      '--stage',
      stage,
      ...(options.extraArgs ?? []),
    ],
    { cwd: folder, detached: process.platform !== 'win32' },
  );

  let output = '';
  const listeners: Array<(text: string) => void> = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    for (const listener of listeners) listener(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  running.add(child);
  child.once('error', release);
  child.once('exit', () => {
    running.delete(child);
    release();
  });
  const stop = () => stopProcessTree(child);
  try {
    await waitForReady(child, () => output, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl: `http://localhost:${httpPort}/${stage}`,
    httpPort,
    pid: child.pid as number,
    folder,
    output: () => output,
    follow: (listener) => void listeners.push(listener),
    stop,
  };
}

/**
 * The servers this process started and has not stopped. The server leads a process group of
 * its own, so it would outlive this process (a test run ended with Ctrl+C, watch mode
 * stopping a run): whatever still runs when this process exits is ended with it.
 */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
});

function waitForReady(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        finish(
          new Error(
            `serverless-offline was not ready after ${timeoutMs} ms. Its output:\n${output()}`,
          ),
        ),
      timeoutMs,
    );
    const onData = () => {
      if (READY_LINE.test(output())) finish();
    };
    const onExit = (code: number | null) =>
      finish(
        new Error(
          `serverless-offline exited (code ${code}) before it was ready. Its output:\n${output()}`,
        ),
      );
    function finish(error?: Error) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    onData();
  });
}

/**
 * Ends the process and its children: SIGTERM to the group, SIGKILL if it lingers. The
 * grace is short: serverless-offline took 1.5 to 2 s to stop on SIGTERM, on every test run
 * that started one, and it keeps nothing that a SIGKILL would lose.
 */
export async function stopProcessTree(child: ChildProcess, graceMs = 300): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    await exited;
    return;
  }
  signalGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid as number, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // The group leader is gone; make sure none of its children outlive it, and only
  // resolve once they are gone too, so a caller can rely on "stopped" meaning stopped.
  signalGroup(child.pid, 'SIGKILL');
  for (let waited = 0; groupExists(child.pid) && waited < 5000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function groupExists(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
