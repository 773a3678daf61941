import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveOneRoute } from './serve-one-route';

// serveOneRoute on stand-ins for a package's serve command: plain Node scripts, on the port
// it picks, so that the proof's serve stage is tested before a package has a serve command.

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'take-it-home-serve-'));
  writeFileSync(
    path.join(folder, 'serves.js'),
    `const http = require('node:http');
const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
http
  .createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ method: request.method, url: request.url, got: JSON.parse(body) }));
    });
  })
  .listen(port, '127.0.0.1', () => console.log('Serving:\\n  POST http://127.0.0.1:' + port + '/greet'));
process.on('SIGINT', () => process.exit(0));
`,
  );
  writeFileSync(
    path.join(folder, 'fails.js'),
    "console.error('no serverless.yml here');\nprocess.exit(3);\n",
  );
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const script = (name: string) => (port: number) => ({
  file: process.execPath,
  args: [path.join(folder, name), '--port', String(port)],
});

const quiet = () => undefined;

describe("the proof's serve stage", () => {
  it('posts {"name":"Ada"} to the first POST route the command prints, and stops it', async () => {
    const answer = await serveOneRoute(folder, 'unused', {
      command: script('serves.js'),
      log: quiet,
    });
    expect(answer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/greet$/);
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body)).toEqual({
      method: 'POST',
      url: '/greet',
      got: { name: 'Ada' },
    });
  });

  it('says what the command printed when it ends before it serves', async () => {
    await expect(
      serveOneRoute(folder, 'unused', { command: script('fails.js'), log: quiet }),
    ).rejects.toThrow(/serve ended \(3\) before it served:\nno serverless.yml here/);
  });
});
