import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../paths';
import { isPortInUse } from './free-port';
import { startServerlessOffline } from './serverless-offline';

function isAlive(pid: number): boolean {
  try {
    // POSIX: a negative pid asks about the whole process group the server leads.
    process.kill(process.platform === 'win32' ? pid : -pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startServerlessOffline / stop', () => {
  it('stop() ends the server and everything it started, and frees the port', async () => {
    const api = await startServerlessOffline({ cwd: repoRoot });
    expect(isAlive(api.pid)).toBe(true);
    await api.stop();
    expect(isAlive(api.pid)).toBe(false);
    expect(await isPortInUse(api.httpPort)).toBe(false);
  }, 90_000);

  it('a service that cannot start rejects at once with the framework output that says why', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'workshop-broken-'));
    writeFileSync(
      path.join(folder, 'serverless.yml'),
      'service: broken\nprovider:\n  name: aws\nplugins:\n  - serverless-plugin-that-does-not-exist\n',
    );
    try {
      await expect(startServerlessOffline({ cwd: folder, readyTimeoutMs: 30_000 })).rejects.toThrow(
        /exited \(code \d+\) before it was ready[\s\S]*serverless-plugin-that-does-not-exist/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
