import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../paths';

// A learner's first hour, on whatever Node is first on the PATH (`.ci/run` puts Node.js 26
// there): a clone of the committed workshop, `npm ci`, three steps solved and checked with
// `npm run workshop -- test N`, then `serve` and one request to it. It works in a clone under
// the system's temporary folder, removed at the end, so it leaves nothing in this tree, and
// checks that it did not. Exit code 0 when every stage passed.
//
//   npx tsx workshop/scripts/smoke-learner.ts [--node <major>]
//
// --node: fail unless `node` on the PATH is that major (CI's proof that it ran where it says).

/** Three steps that cover the machinery: a unit step, a framework package, the front door. */
const STEPS = ['3', '5', '11'];
const SERVED_STEP = '11';
/** Per command: npm ci on a busy 2-core machine takes about 2 minutes. */
const COMMAND_TIMEOUT_MS = 8 * 60_000;
const SERVE_TIMEOUT_MS = 3 * 60_000;
const isWindows = process.platform === 'win32';

class SmokeFailure extends Error {}

function log(line: string): void {
  console.log(`smoke: ${line}`);
}

/** Runs a command to its end, output shown; throws unless it exits 0. */
function run(command: string, args: string[], cwd: string): void {
  const began = performance.now();
  log(`$ ${[command, ...args].join(' ')}`);
  // npm is npm.cmd on Windows, which only a shell starts.
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    shell: isWindows,
    timeout: COMMAND_TIMEOUT_MS,
    env: learnerEnv(),
  });
  const seconds = ((performance.now() - began) / 1000).toFixed(0);
  if (result.error) throw new SmokeFailure(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0)
    throw new SmokeFailure(
      `${[command, ...args].join(' ')} ended with ${result.status ?? result.signal} after ${seconds} s`,
    );
  log(`ok in ${seconds} s`);
}

function learnerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' };
}

/** What git says differs from HEAD: the tree must say the same before and after. */
function treeState(): string {
  const status = spawnSync('git', ['status', '--porcelain', '--ignored=no'], { cwd: repoRoot });
  if (status.status !== 0) throw new SmokeFailure(`git status failed: ${status.stderr}`);
  return status.stdout.toString();
}

function checkNode(expectedMajor: string | undefined): void {
  const version = spawnSync('node', ['--version'], { shell: isWindows }).stdout?.toString().trim();
  log(`node on the PATH: ${version}`);
  if (expectedMajor !== undefined && !version?.startsWith(`v${expectedMajor}.`))
    throw new SmokeFailure(`expected Node.js ${expectedMajor} first on the PATH, found ${version}`);
}

/** A port free with the one after it: step 11 serves its function URL on the next port. */
async function freePortPair(): Promise<number> {
  for (let tries = 0; tries < 20; tries++) {
    const port = await freePort();
    if (await isFree(port + 1)) return port;
  }
  throw new SmokeFailure('found no two free ports in a row');
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

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

/** Resolves with the first POST route serve prints, or rejects when it ends or times out. */
function servedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new SmokeFailure(`serve printed no route in time:\n${output}`)),
      SERVE_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
      const route = output.match(/^\s+POST\s+(http:\/\/\S+)/m);
      if (route) {
        clearTimeout(timer);
        resolve(route[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new SmokeFailure(`serve ended (${code}) before it served:\n${output}`));
    });
  });
}

/** Stops serve as Ctrl+C does, and waits for it to end; killed if it does not. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    // Windows has no SIGINT to send: kill() ends the process there.
    child.kill(isWindows ? undefined : 'SIGINT');
  });
}

/** `serve N` in the clone, then one POST as the banner's curl line sends it: a 400 in JSON. */
async function serveAndRequest(clone: string): Promise<void> {
  const port = await freePortPair();
  const args = ['workshop/cli/launch.js', 'serve', SERVED_STEP, '--port', String(port)];
  log(`$ node ${args.join(' ')}`);
  // The CLI itself rather than npm: a signal then reaches the server, not npm in between.
  const child = spawn(process.execPath, args, {
    cwd: clone,
    env: learnerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await servedUrl(child);
    log(`POST ${url}`);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ blah: 'blah1' }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = await response.text();
    log(`${response.status} ${response.headers.get('content-type')} ${body}`);
    if (response.status !== 400) throw new SmokeFailure(`expected 400, got ${response.status}`);
    // application/json or application/problem+json, as the step's answer chooses.
    if (!/^application\/(.+\+)?json/.test(response.headers.get('content-type') ?? ''))
      throw new SmokeFailure('expected a JSON body');
    JSON.parse(body);
  } finally {
    await stop(child);
  }
}

async function main(): Promise<void> {
  const began = performance.now();
  const nodeFlag = process.argv.indexOf('--node');
  checkNode(nodeFlag === -1 ? undefined : process.argv[nodeFlag + 1]);
  const before = treeState();
  const scratch = mkdtempSync(path.join(tmpdir(), 'workshop-smoke-'));
  const clone = path.join(scratch, 'workshop');
  try {
    // A clone, as a learner starts: what is committed, nothing installed, nothing built.
    run('git', ['clone', '--quiet', repoRoot, clone], scratch);
    run('npm', ['ci', '--no-audit', '--no-fund'], clone);
    for (const step of STEPS) {
      run('npm', ['run', 'workshop', '--', 'solve', step, '--yes'], clone);
      run('npm', ['run', 'workshop', '--', 'test', step], clone);
    }
    await serveAndRequest(clone);
  } finally {
    rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
  }
  if (treeState() !== before) throw new SmokeFailure('the run changed files in this tree');
  log(`passed in ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  log(`FAILED: ${error instanceof SmokeFailure ? error.message : String(error)}`);
  process.exitCode = 1;
});
