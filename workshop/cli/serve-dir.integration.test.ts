import path from 'node:path';
import { freePort, isPortInUse } from '../serverless/free-port';
import { exited, waitForOutput } from './testing/repo-copy';
import { testCopies } from './testing/test-copies';

// `serve --dir <path>`: any service folder on the local API, driven as a learner would, in a
// copy of the repository. The fixture services are in front-door/testing/services.

const { copy } = testCopies();
const service = (name: string) =>
  path.join(copy().root, 'workshop', 'front-door', 'testing', 'services', name);

describe('serve --dir', () => {
  it('serves the service, names in its banner what it does not model, and answers 501 there', async () => {
    const port = await freePort();
    const server = copy().spawnCli(
      'serve',
      '--dir',
      service('authorizer-and-key'),
      '--port',
      String(port),
    );
    try {
      const banner = await waitForOutput(server, /Ctrl\+C stops/);
      expect(banner).toContain(`GET  http://localhost:${port}/dev/public  (REST API)`);
      expect(banner).toContain(
        'Not modelled here: a request on a route named below answers 501, never a guess.',
      );
      expect(banner).toMatch(
        /AuthorizationType: CUSTOM: an authorizer \(CUSTOM\).*\n {4}501 on GET \/private \(REST API\)/,
      );
      expect(banner).toMatch(
        /ApiKeyRequired: true: an API key.*\n {4}501 on POST \/keyed \(REST API\)/,
      );
      const open = await fetch(`http://localhost:${port}/dev/public`);
      expect(open.status).toBe(200);
      const guarded = await fetch(`http://localhost:${port}/dev/private`);
      expect(guarded.status).toBe(501);
    } finally {
      server.kill('SIGINT');
    }
    expect(await exited(server)).toBe(0);
    expect(await isPortInUse(port)).toBe(false);
  }, 90_000);

  it('refuses a folder without serverless.yml in one line, and exits 1', () => {
    const { code, out, err } = copy().cli('serve', '--dir', path.join(copy().root, 'docs'));
    expect(code).toBe(1);
    expect(`${out}${err}`).toContain('There is no serverless.yml in');
  });

  it('is in serve --help', () => {
    const { out } = copy().cli('serve', '--help');
    expect(out).toContain('--dir <path>');
  });
});
