import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const SERVE_TIMEOUT_MS = 2 * 60_000;
const isWindows = process.platform === 'win32';

export interface ServedAnswer {
  url: string;
  status: number;
  body: string;
}

/**
 * Runs a serve command (by default `npx --no-install <bin> serve --dir <project> --port <free
 * port>`, the package's), waits for the first POST route it prints, sends it `{"name":"Ada"}`
 * with Node's fetch, stops it, and returns what came back. Throws with what it printed when it
 * prints no route in time, or ends first.
 */
export async function serveOneRoute(
  project: string,
  bin: string,
  {
    command = (port: number) => ({
      file: 'npx',
      args: ['--no-install', bin, 'serve', '--dir', project, '--port', String(port)],
    }),
    log = (line: string) => console.log(line),
  }: {
    command?: (port: number) => { file: string; args: string[] };
    log?: (line: string) => void;
  } = {},
): Promise<ServedAnswer> {
  const { file, args } = command(await freePort());
  log(`take-it-home: $ ${[file, ...args].join(' ')}`);
  // Its own process group (POSIX): stopping it stops what npx started too.
  const child = spawn(file, args, {
    cwd: project,
    shell: isWindows && file === 'npx',
    stdio: 'pipe',
    detached: !isWindows,
  });
  try {
    const url = await firstPostRoute(child);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name":"Ada"}',
    });
    return { url, status: response.status, body: await response.text() };
  } finally {
    await stop(child);
  }
}

function firstPostRoute(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`serve printed no POST route in time:\n${output}`)),
      SERVE_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const route = output.match(/\bPOST\s+(http:\/\/\S+)/);
      if (route) {
        clearTimeout(timer);
        resolve(route[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve ended (${code}) before it served:\n${output}`));
    });
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

/** A port the system says is free now (another process may still take it first: rare). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(address),
      );
    });
  });
}
