import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe as describeHolder, portHolder } from './port-holder';

describe('portHolder', () => {
  it('names this process when it listens on the port (on Linux; elsewhere lsof, if installed)', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    try {
      const holder = portHolder(port);
      // /proc is Linux's; elsewhere lsof answers, or nothing when a machine lacks it.
      if (existsSync('/proc/net/tcp') || holder !== undefined)
        expect(holder).toMatch(new RegExp(`^pid ${process.pid}: .*node`));
    } finally {
      server.close();
    }
  });

  it('says nothing of a port nobody listens on', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    expect(portHolder(port)).toBeUndefined();
  });

  it.each([
    ['42', 'node serve.ts', 'pid 42: node serve.ts'],
    ['42', '', 'pid 42'],
    ['42', 'x'.repeat(120), `pid 42: ${'x'.repeat(100)}…`],
  ])('describes pid %s running %j', (pid, command, expected) => {
    expect(describeHolder(pid, command)).toBe(expected);
  });
});
