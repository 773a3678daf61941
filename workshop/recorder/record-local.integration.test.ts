import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AWS_RECORDINGS_FOLDER, parseRecordingsFile } from 'api-gateway-answer/evidence';
import { repoRoot } from '../paths';
import { probeCases } from './cases';
import { localStatusDifferences } from './local-differences';
import { PROBE_FOLDER } from './targets';

// `npm run record:aws -- --target local`, end to end, once: serverless-offline serves the
// probe, every case is sent, and nothing is deployed or left running.

const run = promisify(execFile);
const out = mkdtempSync(path.join(os.tmpdir(), 'record-local-'));
const deployState = path.join(PROBE_FOLDER, '.serverless');
const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : undefined);

let stdout = '';
let exitCode: number | null = null;
const awsRecordingsBefore = existsSync(AWS_RECORDINGS_FOLDER)
  ? readdirSync(AWS_RECORDINGS_FOLDER)
  : [];
const deployStateBefore = mtime(deployState);

beforeAll(async () => {
  try {
    const result = await run(
      process.execPath,
      [
        require.resolve('tsx/cli', { paths: [repoRoot] }),
        'workshop/scripts/record-aws.ts',
        '--target',
        'local',
        '--out',
        out,
      ],
      {
        cwd: repoRoot,
        // No credentials: the local target must not need them, nor anything else from AWS.
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: '',
          AWS_SECRET_ACCESS_KEY: '',
          AWS_PROFILE: 'record-local-test-none',
        },
        timeout: 90_000,
      },
    );
    stdout = result.stdout;
    exitCode = 0;
  } catch (error) {
    const failed = error as { code: number | null; stdout: string; stderr: string };
    stdout = `${failed.stdout}\n${failed.stderr}`;
    exitCode = failed.code;
  }
}, 100_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run record:aws -- --target local', () => {
  it('runs every case and exits 0', () => {
    expect({ exitCode, stdout }).toEqual({
      exitCode: 0,
      stdout: expect.stringContaining(`${probeCases.length} cases:`),
    });
  });

  it('leaves no process running: the serverless-offline it started is gone and its port closed', async () => {
    const [, pid, baseUrl] = /serverless-offline started \(pid (\d+)\) at (\S+)/.exec(stdout) ?? [];
    expect(pid).toBeDefined();
    expect(stdout).toContain(`serverless-offline stopped (pid ${pid})`);
    expect(() => process.kill(Number(pid), 0)).toThrow();
    await expect(
      fetch(`${baseUrl}/proxy?case=payload-invoke-api-no-body`, { method: 'POST' }),
    ).rejects.toThrow();
  });

  it('deploys nothing: no stack, no deploy state, no AWS recording', () => {
    expect(stdout).not.toMatch(/Deploying|Removing the probe/);
    expect(mtime(deployState)).toBe(deployStateBefore);
    expect(existsSync(AWS_RECORDINGS_FOLDER) ? readdirSync(AWS_RECORDINGS_FOLDER) : []).toEqual(
      awsRecordingsBefore,
    );
  });

  it("writes one recording per case, marked as serverless-offline's, in the format the replay reads", () => {
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    const recordings = parseRecordingsFile(
      readFileSync(path.join(out, files[0]), 'utf8'),
      files[0],
    );
    expect(recordings.map((recording) => recording.provenance.case)).toEqual(
      probeCases.map((probeCase) => probeCase.id),
    );
    expect(
      recordings.every(
        (recording) =>
          'probe' in recording.provenance && recording.provenance.probe.target === 'local',
      ),
    ).toBe(true);
  });

  it('shows the status differences docs/local-vs-aws.md lists, and no other', () => {
    const statusDifferences = Object.fromEntries(
      [
        ...stdout.matchAll(
          /^✗ (\S+):.*\n(?: {4}.*\n)*? {4}status: serverless-offline (\d+), model \d+$/gm,
        ),
      ].map(([, id, local]) => [id, Number(local)]),
    );
    expect(statusDifferences).toEqual(
      Object.fromEntries(
        Object.entries(localStatusDifferences).map(([id, { local }]) => [id, local]),
      ),
    );
  });

  it('docs/local-vs-aws.md names every one of them', () => {
    const page = readFileSync(path.join(repoRoot, 'docs', 'local-vs-aws.md'), 'utf8');
    const missing = Object.keys(localStatusDifferences).filter((id) => !page.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });
});
