import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { answeredCopy } from '../front-door/testing/answered-copy';
import { freePort, isPortInUse } from '../serverless/free-port';
import { exited, waitForOutput } from './testing/repo-copy';

// The ports of real `serve` processes on step 11 solved: the API and a function URL.

let folder: string;
let remove: () => void;
beforeAll(() => {
  ({ folder, remove } = answeredCopy('11-function-url'));
});
afterAll(() => remove());

function serve(
  port: number,
  env: Record<string, string | undefined>,
  pagePort?: number,
): ChildProcess {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(__dirname, 'testing', 'serve-folder.ts'),
      folder,
      String(port),
      ...(pagePort === undefined ? [] : [String(pagePort)]),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off', ...env },
    },
  );
}

/** Everything the child prints, from now on. */
function output(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (chunk) => {
    text += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    text += chunk;
  });
  return () => text;
}

const noPage = { ALLOWED_ORIGIN: 'https://example.test' };

it('two serves on adjacent ports run side by side, each with its function URL', async () => {
  const port = await freePort();
  const servers = [serve(port, noPage), serve(port + 1, noPage)];
  try {
    const banners = await Promise.all(
      servers.map((server) => waitForOutput(server, /Ctrl\+C stops/, 90_000)),
    );
    for (const [index, banner] of banners.entries()) {
      const url = `http://localhost:${port + index + 100}/`;
      expect(banner).toContain(`ANY  ${url}  (Function URL)`);
      const response = await fetch(url, { method: 'POST', body: '{}' });
      expect(response.status).toBeLessThan(500);
    }
  } finally {
    for (const server of servers) server.kill('SIGINT');
  }
  expect(await Promise.all(servers.map(exited))).toEqual([0, 0]);
}, 120_000);

it("a function URL's port in use: one line naming it and the option, exit 1, every port freed", async () => {
  const port = await freePort();
  const blocker = createServer().listen(port + 100, '127.0.0.1');
  await once(blocker, 'listening');
  try {
    const server = serve(port, noPage);
    const said = output(server);
    expect(await exited(server)).toBe(1);
    const lines = said().trim().split('\n');
    expect(lines.at(-1)).toBe(
      `Port ${port + 100} (the function URL of throw_error_http_api) is in use: stop what runs there, or pick other ports with --port <number> (function URLs take that port + 100 and up).`,
    );
    expect(said()).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(await isPortInUse(port)).toBe(false);
  } finally {
    blocker.close();
  }
}, 120_000);

it('--page-port puts the page on that port, and the service allows its origin', async () => {
  const port = await freePort();
  const pagePort = await freePort();
  const server = serve(port, { ALLOWED_ORIGIN: undefined }, pagePort);
  try {
    const banner = await waitForOutput(server, /shows each request's journey/, 90_000);
    expect(banner).toContain(`http://localhost:${pagePort}/`);
    // The HTTP API's CORS allows the page's origin.
    const response = await fetch(`http://localhost:${port}/throw`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json', Origin: `http://localhost:${pagePort}` },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(
      `http://localhost:${pagePort}`,
    );
    // The page's feed has that request's journey: serve publishes each answer to it.
    const journey = (await pageFeed(pagePort)).find((event) => event.type === 'journey');
    expect(journey).toMatchObject({
      journey: {
        label: 'from node (not a browser)',
        method: 'POST',
        gateway: { message: { status: 400 } },
        browser: { origin: `http://localhost:${pagePort}`, verdict: { kind: 'read' } },
      },
    });
    // A save: serve rebuilds, and tells the page.
    appendFileSync(path.join(folder, 'serverless.yml'), '# saved\n');
    await waitForOutput(server, /Rebuilt with your saved files/, 60_000);
    expect((await pageFeed(pagePort)).map((event) => event.type)).toContain('rebuilt');
  } finally {
    server.kill('SIGINT');
  }
  expect(await exited(server)).toBe(0);
}, 120_000);

/** What the page's event stream replays to a page that opens: the latest journeys. */
async function pageFeed(pagePort: number): Promise<Array<{ type: string }>> {
  const stream = await fetch(`http://localhost:${pagePort}/journey/events`);
  const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
  let text = '';
  while (!text.includes('"type":"replayed"')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += Buffer.from(value).toString('utf8');
  }
  await reader.cancel();
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice('data: '.length)));
}

it('with the page port taken: says which option gets a page', async () => {
  const port = await freePort();
  const pagePort = await freePort();
  const blocker = createServer().listen(pagePort, '127.0.0.1');
  await once(blocker, 'listening');
  const server = serve(port, { ALLOWED_ORIGIN: `http://localhost:${pagePort}` });
  try {
    const banner = await waitForOutput(server, /No browser page/, 90_000);
    expect(banner).toContain(
      `No browser page: port ${pagePort} of the allowed origin http://localhost:${pagePort} is in use. For a page on another port: --page-port <number> (the service then allows that origin).`,
    );
  } finally {
    server.kill('SIGINT');
    blocker.close();
  }
  expect(await exited(server)).toBe(0);
}, 120_000);
