import { rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import { copyCommittedStarter } from './committed-starter';
import type { Step } from './manifest';
import { runStepTests } from './run-step-tests';

/** How many of a step's tests its untouched starter passes: what a fresh clone's `npm start` shows. */
export interface StarterScore {
  passed: number;
  total: number;
}

/**
 * Runs a step's tests on a copy of its starter as git has it (under .workshop/, so the step
 * folder is only read) and returns the score. Refuses when the starter does not fail exactly
 * the tests the manifest names: the manifest is out of date, and the score would not be what
 * a learner's clone shows.
 */
export async function measureStarter(step: Step): Promise<StarterScore> {
  const copy = path.join(
    repoRoot,
    '.workshop',
    'starter-score',
    `${Date.now()}-${process.pid}`,
    step.slug,
  );
  try {
    copyCommittedStarter(step, copy);
    const run = await runStepTests([copy]);
    const tests = run.suites.flatMap((suite) => suite.tests);
    const failed = tests.filter((test) => !test.passed).map((test) => test.fullName);
    const named = new Set(step.failsOnStarter);
    if (
      tests.length === 0 ||
      failed.length !== named.size ||
      failed.some((name) => !named.has(name))
    ) {
      throw new Error(
        `steps/${step.slug} fails ${failed.length} of ${tests.length} tests, not the ${named.size} that steps/manifest.json names: ` +
          `the manifest is out of date (npm run verify says which tests).`,
      );
    }
    return { passed: tests.length - failed.length, total: tests.length };
  } finally {
    rmSync(path.dirname(copy), { recursive: true, force: true });
  }
}
