import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import { runStepTests } from './run-step-tests';

// A shared load failure, as a step's test files meet it (a serverless.yml the framework
// cannot read): the run says which test reports it whole, as a value, not in words.

const testFile = (name: string) => `import { loadOnce } from '@workshop/testing';
const config = loadOnce(async () => {
  throw new Error('Cannot parse "serverless.yml": bad indentation (4:3)');
});
describe('${name}', () => {
  it('reads the config', () => expect(config()).toBeDefined());
  it('reads it again', () => expect(config()).toBeDefined());
});
describe('${name} on its own', () => {
  it('passes', () => expect(1).toBe(1));
});
`;

let folder: string;
beforeAll(() => {
  const scratch = path.join(repoRoot, '.workshop', 'scratch');
  mkdirSync(scratch, { recursive: true });
  folder = mkdtempSync(path.join(scratch, 'shared-error-'));
  mkdirSync(path.join(folder, 'test'));
  for (const name of ['first', 'second'])
    writeFileSync(path.join(folder, 'test', `${name}.test.ts`), testFile(name));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a step test run', () => {
  it('marks the one test that reports a shared error whole, and the others that point to it', async () => {
    const run = await runStepTests([folder]);
    const tests = run.suites.flatMap((suite) => suite.tests);
    const failed = tests.filter((test) => !test.passed);
    expect(failed).toHaveLength(4);
    expect(failed.map((test) => test.sharedError?.whole).sort()).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(new Set(failed.map((test) => test.sharedError?.error)).size).toBe(1);
    const whole = failed.find((test) => test.sharedError?.whole);
    expect(whole?.failureMessages[0]).toContain('Cannot parse "serverless.yml"');
    expect(tests.filter((test) => test.passed).every((test) => !test.sharedError)).toBe(true);
  }, 120_000);
});
