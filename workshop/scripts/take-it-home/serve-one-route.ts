import { type ChildProcess, spawn } from 'node:child_process';

const SERVE_TIMEOUT_MS = 2 * 60_000;
const isWindows = process.platform === 'win32';

export interface ServedAnswer {
  url: string;
  status: number;
  body: string;
  /** What the command printed, up to the moment it was stopped. */
  output: string;
}

/** A command to run: npx (a .cmd on Windows, which only a shell starts) or a program. */
export interface Command {
  file: string;
  args: string[];
}

/**
 * Runs a serve command in `cwd` (it picks its own port: `--port 0`), waits for the first POST
 * route it prints, sends it `{"name":"Ada"}` with Node's fetch, stops it, and returns what came
 * back. Throws with what it printed when it prints no route in time, or ends first.
 */
export async function serveOneRoute(
  cwd: string,
  { file, args }: Command,
  log: (line: string) => void = (line) => console.log(line),
): Promise<ServedAnswer> {
  log(`take-it-home: $ ${[file, ...args].join(' ')}`);
  // Its own process group (POSIX): stopping it stops what npx started too.
  const child = spawn(file, args, {
    cwd,
    shell: isWindows && file === 'npx',
    stdio: 'pipe',
    detached: !isWindows,
  });
  let output = '';
  const read = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  try {
    const url = await firstPostRoute(child, () => output);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name":"Ada"}',
    });
    const body = await response.text();
    // The line the command prints about the request, if it prints one: waited for a while.
    const path = new URL(url).pathname;
    await printedOr(child, () => output.includes(`POST ${path} `), 10_000);
    return { url, status: response.status, body, output };
  } finally {
    await stop(child);
  }
}

function firstPostRoute(child: ChildProcess, printed: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve printed no POST route in time:\n${printed()}`)),
      SERVE_TIMEOUT_MS,
    );
    const look = () => {
      const route = printed().match(/\bPOST\s+(http:\/\/\S+)/);
      if (route) {
        clearTimeout(timer);
        resolve(route[1]);
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve ended (${code}) before it served:\n${printed()}`));
    });
  });
}

/** Resolves once `done()` holds after something is printed, or after `ms` at most. */
function printedOr(child: ChildProcess, done: () => boolean, ms: number): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      resolve();
    };
    const check = () => {
      if (done()) finish();
    };
    const timer = setTimeout(finish, ms);
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
  });
}

/** Stops serve as Ctrl+C does and waits for it to end; killed if it does not end in time. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const signal = (name: NodeJS.Signals) => {
      if (isWindows || child.pid === undefined) child.kill(name);
      else process.kill(-child.pid, name);
    };
    const killer = setTimeout(() => signal('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    // Windows has no SIGINT to send: kill() ends the process there.
    signal('SIGINT');
  });
}
