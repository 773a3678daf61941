import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import path from 'node:path';
import { answeredCopy } from '../front-door/testing/answered-copy';
import { freePort } from '../serverless/free-port';
import { exited, waitForOutput } from './testing/repo-copy';

// A real `serve` process, and what a client or a function does that used to stop it. After
// each case the same process must still answer an ordinary request.

/** A handler that misbehaves as the request body asks. */
const UNRULY_HANDLER = `
export async function throwError(event: { body: string | null }) {
  const what = JSON.parse(event.body ?? '{}').do;
  if (what === 'newline') return { statusCode: 200, headers: { 'X-Note': 'a\\nb' }, body: 'hi' };
  if (what === 'bad-name') return { statusCode: 200, headers: { 'X Note': 'a' }, body: 'hi' };
  if (what === 'hang') return new Promise(() => {});
  if (what === 'reject-late') {
    Promise.reject(new Error('rejected after answering'));
    return { statusCode: 200, body: 'answered' };
  }
  if (what === 'throw-late') {
    setTimeout(() => { throw new Error('thrown in a timer'); }, 1);
    return { statusCode: 200, body: 'answered' };
  }
  if (what === 'log') {
    console.log('L'.repeat(3 * 1024 * 1024));
    return { statusCode: 200, body: 'logged' };
  }
  return { statusCode: 400, body: JSON.stringify({ message: 'Bad Request' }) };
}
`;

let server: ChildProcess;
let port: number;
let remove: () => void;
/** Everything serve printed so far. */
let printed = '';

beforeAll(async () => {
  const copy = answeredCopy('04-run-it-locally', {
    'src/handler.ts': () => UNRULY_HANDLER,
    // A function that never settles is stopped by its Lambda timeout: 1 s, not the 6 s default.
    'serverless.yml': (text) =>
      text.replace(
        'handler: src/handler.throwError',
        'handler: src/handler.throwError\n    timeout: 1',
      ),
  });
  remove = copy.remove;
  port = await freePort();
  server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(__dirname, 'testing', 'serve-folder.ts'),
      copy.folder,
      String(port),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // No browser page: the allowed origin is not on this machine.
      env: {
        ...process.env,
        ALLOWED_ORIGIN: 'https://example.test',
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
      },
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  await waitForOutput(server, /Ctrl\+C stops/, 90_000);
}, 120_000);

afterAll(async () => {
  server.kill('SIGINT');
  expect(await exited(server)).toBe(0);
  remove();
});

const url = () => `http://localhost:${port}/dev/throw`;

function post(body: string): Promise<Response> {
  return fetch(url(), { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
}

/** The server still serves: an ordinary request gets the function's 400. */
async function expectStillServing(): Promise<void> {
  const response = await post('{}');
  expect(`${response.status} ${await response.text()}`).toBe('400 {"message":"Bad Request"}');
}

/** Sends `bytes` on a raw connection; resolves with what came back before the server closed it. */
function raw(bytes: string, closeAfterWrite = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(bytes);
      if (closeAfterWrite) socket.destroy();
    });
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

it('a request that announces 1000 bytes and closes after 5: a line, and serve serves on', async () => {
  const said = waitForOutput(server, /no answer — the client closed the connection/);
  await raw(
    'POST /dev/throw HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":',
    true,
  );
  expect(await said).toMatch(
    /POST \/dev\/throw → no answer — the client closed the connection before its body ended \(5 bytes came of the 1000 announced\)/,
  );
  await expectStillServing();
  // A client that went away is said once, as that: not also as malformed HTTP.
  expect(printed).not.toMatch(/unreadable request/);
}, 60_000);

it.each([
  ['newline', /the value of the header X-Note \("a\\nb"\) holds a character HTTP cannot carry/i],
  ['bad-name', /the header name "x note" is not a valid HTTP header name/],
])(
  'a function header HTTP cannot carry (%s): a 502 that says why, never a crash',
  async (what, why) => {
    const said = waitForOutput(server, /→ 502/);
    const response = await post(JSON.stringify({ do: what }));
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('{"message": "Internal server error"}');
    const line = await said;
    expect(line).toMatch(why);
    expect(line).toMatch(
      /\(inferred\) — not modelled: what AWS sends for a header HTTP cannot carry/,
    );
    await expectStillServing();
  },
  60_000,
);

it("a body over API Gateway's 10 MB limit: 413, and the function never runs", async () => {
  const said = waitForOutput(server, /→ 413/);
  const response = await post('x'.repeat(10 * 1024 * 1024 + 1));
  expect(response.status).toBe(413);
  expect(await response.json()).toEqual({ message: 'Request Too Long' });
  expect(await said).toMatch(/over the REST API's limit of 10485760 bytes: .* \(documented\)/);
  await expectStillServing();
}, 60_000);

it('a Content-Length far over the limit is answered 413 before the body comes', async () => {
  const answer = await raw(
    'POST /dev/throw HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2000000000\r\n\r\nabc',
  );
  expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  expect(answer).toMatch(/connection: close/i);
  await expectStillServing();
}, 60_000);

it('a function that never settles: 502 at its 1 s Lambda timeout', async () => {
  const response = await post('{"do":"hang"}');
  expect(response.status).toBe(502);
  await expectStillServing();
}, 60_000);

it.each([
  ['reject-late', /⚠ a promise rejected that nothing awaited .*Error: rejected after answering/],
  ['throw-late', /⚠ an error was thrown outside any invocation .*Error: thrown in a timer/],
])(
  'a function that fails after answering (%s): its answer, a warning, and serve serves on',
  async (what, warning) => {
    const said = waitForOutput(server, warning);
    const response = await post(JSON.stringify({ do: what }));
    expect(`${response.status} ${await response.text()}`).toBe('200 answered');
    expect(await said).toMatch(/On Lambda this ends the runtime/);
    await expectStillServing();
  },
  60_000,
);

it('a function that logs 3 MB in one call: its answer, and the start of the line', async () => {
  const said = waitForOutput(
    server,
    /more characters: the local API prints the first 16 KB of a line/,
  );
  const response = await post('{"do":"log"}');
  expect(`${response.status} ${await response.text()}`).toBe('200 logged');
  await said;
  await expectStillServing();
}, 60_000);

it.each([
  ['a request line that is not HTTP', 'GARBAGE\r\n\r\n'],
  ['a header without a colon', 'GET /dev/throw HTTP/1.1\r\nHost localhost\r\n\r\n'],
  [
    'a body framed two ways',
    'POST /dev/throw HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  ],
])(
  'malformed HTTP (%s): 400 with a JSON body that says so',
  async (_what, bytes) => {
    const said = waitForOutput(server, /\(unreadable request\) → 400/);
    const answer = await raw(bytes);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toMatch(
      /"message":"The workshop's local API cannot read this request as HTTP \(HPE_/,
    );
    expect(await said).toMatch(/not modelled: what AWS's edge answers to malformed HTTP/);
    await expectStillServing();
  },
  60_000,
);
