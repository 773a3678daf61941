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
const server = http
  .createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json' });
      console.log('POST ' + request.url + ' → 201');
      response.end(JSON.stringify({ method: request.method, url: request.url, got: JSON.parse(body) }));
    });
  })
  .listen(0, '127.0.0.1', () => {
    console.log('Serving:\\n  POST http://127.0.0.1:' + server.address().port + '/greet');
  });
process.on('SIGINT', () => process.exit(0));
`,
  );
  writeFileSync(
    path.join(folder, 'fails.js'),
    "console.error('no serverless.yml here');\nprocess.exit(3);\n",
  );
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const script = (name: string) => ({ file: process.execPath, args: [path.join(folder, name)] });

const quiet = () => undefined;

describe("the proof's serve stage", () => {
  it('posts {"name":"Ada"} to the first POST route the command prints, and stops it', async () => {
    const answer = await serveOneRoute(folder, script('serves.js'), quiet);
    expect(answer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/greet$/);
    expect(answer.status).toBe(201);
    expect(answer.output).toContain('POST /greet → 201');
    expect(JSON.parse(answer.body)).toEqual({
      method: 'POST',
      url: '/greet',
      got: { name: 'Ada' },
    });
  });

  it('says what the command printed when it ends before it serves', async () => {
    await expect(serveOneRoute(folder, script('fails.js'), quiet)).rejects.toThrow(
      /serve ended \(3\) before it served:\nno serverless.yml here/,
    );
  });
});
