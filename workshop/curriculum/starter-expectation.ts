import type { Step } from './manifest';

/** One test of a step as a run of its starter ended. */
export interface StarterTest {
  fullName: string;
  passed: boolean;
}

/**
 * How a run of a step's untouched starter differs from what the manifest says, one line each:
 * every test fails but those under `passesOnStarter`, and each name there is a test of the step
 * (a renamed test would otherwise leave a stale name behind). Empty when they agree.
 */
export function starterProblems(step: Step, tests: StarterTest[]): string[] {
  const problems: string[] = [];
  const listed = new Set(step.passesOnStarter);
  const byName = new Map(tests.map((test) => [test.fullName, test]));
  for (const name of step.passesOnStarter) {
    const test = byName.get(name);
    if (test === undefined)
      problems.push(
        `the manifest lists "${name}" under passesOnStarter, but no test of the step has that name.`,
      );
    else if (!test.passed)
      problems.push(
        `the starter should pass "${name}" (the manifest lists it under passesOnStarter) but fails it.`,
      );
  }
  for (const test of tests)
    if (test.passed && !listed.has(test.fullName))
      problems.push(
        `the starter passes "${test.fullName}", which the manifest does not list under passesOnStarter.`,
      );
  return problems;
}
