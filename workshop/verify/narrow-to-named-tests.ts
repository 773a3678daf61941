import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { SuiteOutcome } from '../curriculum/run-step-tests';
import type { WrongPatch } from './wrong-patches';

/** The names of the test files in a copy's test folder. */
export function testFilesIn(folder: string): string[] {
  const tests = path.join(folder, 'test');
  return existsSync(tests) ? readdirSync(tests).filter((name) => name.endsWith('.test.ts')) : [];
}

/**
 * Moves out of a wrong answer's test folder the test files that hold none of the tests it
 * names, as the answer's run found them; returns how many. Its verdict is the same: it is
 * caught when each named test fails with the named words, and those tests all run. What
 * the other files would have found is not read. A name the answer did not run leaves every
 * file in (the check then says no test has that name).
 */
export function narrowToNamedTests(
  copy: { folder: string; patch: Pick<WrongPatch, 'failures'> },
  answer: { folder: string; suites: SuiteOutcome[] },
): number {
  const filesOf = new Map<string, Set<string>>();
  for (const suite of answer.suites)
    for (const test of suite.tests)
      filesOf.set(
        test.fullName,
        (filesOf.get(test.fullName) ?? new Set()).add(path.relative(answer.folder, suite.file)),
      );
  const needed = new Set<string>();
  for (const name of Object.keys(copy.patch.failures)) {
    const files = filesOf.get(name);
    if (files === undefined) return 0;
    for (const file of files) needed.add(file);
  }
  const away = path.join(copy.folder, 'held-tests');
  const leftOut = testFilesIn(copy.folder).filter((name) => !needed.has(path.join('test', name)));
  if (leftOut.length > 0) mkdirSync(away, { recursive: true });
  for (const name of leftOut)
    renameSync(path.join(copy.folder, 'test', name), path.join(away, name));
  return leftOut.length;
}
