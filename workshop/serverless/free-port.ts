import { randomInt } from 'node:crypto';
import net from 'node:net';

/**
 * Ports for a server another process will bind later (serverless-offline): below the
 * kernel's ephemeral range (32768 and up on Linux, 49152 and up on Windows and macOS), from
 * which every `listen(0)` (the workshop's own local API, in tests) and every outgoing
 * connection's local port is drawn. A port found free there was soon taken by one of those,
 * before the child bound it (two `npm test`s side by side did).
 */
const RANGE = { from: 20_000, to: 32_000 } as const;

/** A TCP port on 127.0.0.1 that nothing listens on right now, outside the ephemeral range. */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 200; tries += 1) {
    const port = randomInt(RANGE.from, RANGE.to);
    if (!(await isPortInUse(port))) return port;
  }
  throw new Error(`No free port between ${RANGE.from} and ${RANGE.to} on 127.0.0.1.`);
}

/** Whether something already listens on `port` on this machine. */
export function isPortInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.listen(port, host, () => server.close(() => resolve(false)));
  });
}
