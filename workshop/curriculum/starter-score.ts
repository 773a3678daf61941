import { rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import { copyCommittedStarter } from './committed-starter';
import { MANIFEST, type Step } from './manifest';
import { runStepTests } from './run-step-tests';
import { starterProblems } from './starter-expectation';

/** How many of a step's tests its untouched starter passes: what a fresh clone's `npm start` shows. */
export interface StarterScore {
  passed: number;
  total: number;
}

/**
 * Runs a step's tests on a copy of its starter as git has it (under .workshop/, so the step
 * folder is only read) and returns the score. Refuses when the starter does not fail every
 * test but those the manifest lists: the manifest is out of date, and the score would not be
 * what a learner's clone shows.
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
    const failed = tests.filter((test) => !test.passed);
    const problems = starterProblems(step, tests);
    if (tests.length === 0 || problems.length > 0) {
      throw new Error(
        `steps/${step.slug} does not score as ${MANIFEST} says (${tests.length === 0 ? 'it ran no test' : problems[0]}): ` +
          'the manifest or the starter is out of date (npm run verify says more).',
      );
    }
    return { passed: tests.length - failed.length, total: tests.length };
  } finally {
    rmSync(path.dirname(copy), { recursive: true, force: true });
  }
}
