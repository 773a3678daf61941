import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SuiteOutcome } from '../curriculum/run-step-tests';
import { narrowToNamedTests } from './narrow-to-named-tests';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'workshop-narrow-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A step copy whose test folder holds these files. */
function copyWith(files: string[]): string {
  const folder = path.join(root, 'wrong');
  mkdirSync(path.join(folder, 'test'), { recursive: true });
  for (const file of files) writeFileSync(path.join(folder, 'test', file), '');
  return folder;
}

/** The answer's run: each file with the full names of its tests, all passing (only its paths are read). */
function answerRun(tests: Record<string, string[]>): { folder: string; suites: SuiteOutcome[] } {
  const folder = path.join(os.tmpdir(), 'verify', 'answer', '08-cors');
  return {
    folder,
    suites: Object.entries(tests).map(([file, names]) => ({
      file: path.join(folder, 'test', file),
      tests: names.map((fullName) => ({
        fullName,
        titles: [fullName],
        passed: true,
        failureMessages: [],
      })),
    })),
  };
}

const answer = answerRun({
  'config.test.ts': ['serverless.yml allows the origin'],
  'cors.test.ts': ['the 400 carries the header', 'Vary: Origin on every answer'],
  'served.test.ts': ['the preflight answers'],
});
const left = (folder: string) => readdirSync(path.join(folder, 'test')).sort();

describe('narrowToNamedTests', () => {
  it('leaves in only the files that hold the tests the wrong answer names, and says how many went', () => {
    const folder = copyWith(['config.test.ts', 'cors.test.ts', 'served.test.ts', 'helpers.ts']);
    const failures = { 'Vary: Origin on every answer': 'Vary', 'the preflight answers': '' };
    expect(narrowToNamedTests({ folder, patch: { failures } }, answer)).toBe(1);
    expect(left(folder)).toEqual(['cors.test.ts', 'helpers.ts', 'served.test.ts']);
    expect(readdirSync(path.join(folder, 'held-tests'))).toEqual(['config.test.ts']);
  });

  it('leaves every file in when a named test is one the answer did not run', () => {
    const folder = copyWith(['config.test.ts', 'cors.test.ts', 'served.test.ts']);
    const failures = { 'the 400 carries the header': '', 'no such test': '' };
    expect(narrowToNamedTests({ folder, patch: { failures } }, answer)).toBe(0);
    expect(left(folder)).toEqual(['config.test.ts', 'cors.test.ts', 'served.test.ts']);
    expect(existsSync(path.join(folder, 'held-tests'))).toBe(false);
  });
});
