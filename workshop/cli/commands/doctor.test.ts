import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { portFindings, SERVE_PORTS } from './doctor';

async function listening(): Promise<{ server: Server; port: number }> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as { port: number }).port };
}

describe("doctor's ports", () => {
  it('checks every port serve takes: the API, the function URL, the page, and says what 3002 is', () => {
    expect(SERVE_PORTS.map(({ port, what }) => `${port} ${what}`)).toEqual([
      '3000 the local API',
      '3100 the function URL (step 11 and the solution)',
      '5173 the browser page on the allowed origin',
      "3002 serverless-offline's Lambda port, for serve --offline",
    ]);
  });

  it('names each taken port, what serve needs it for, what holds it, and the option that avoids it', async () => {
    const url = await listening();
    const page = await listening();
    const free = await listening();
    await new Promise((resolve) => free.server.close(resolve));
    try {
      const findings = await portFindings([
        { port: url.port, what: 'the function URL', fix: 'use --port' },
        { port: page.port, what: 'the browser page', fix: 'use --page-port' },
        { port: free.port, what: 'the local API', fix: 'use --port' },
      ]);
      expect(findings[0]).toEqual({
        verdict: 'problem',
        what: expect.stringMatching(
          new RegExp(
            // What holds it: named from /proc on Linux, from lsof elsewhere when installed.
            `^port ${url.port} is in use \\(the function URL takes it\\)${existsSync('/proc/net/tcp') ? `, by pid ${process.pid}: ` : ''}`,
          ),
        ),
        fix: 'Stop what runs there (another serve?), or use --port',
      });
      expect(findings[1]).toMatchObject({
        verdict: 'problem',
        what: expect.stringContaining(`port ${page.port} is in use (the browser page takes it)`),
        fix: 'Stop what runs there (another serve?), or use --page-port',
      });
      expect(findings[2]).toEqual({
        verdict: 'ok',
        what: `port ${free.port} is free for the local API`,
      });
    } finally {
      url.server.close();
      page.server.close();
    }
  });
});
