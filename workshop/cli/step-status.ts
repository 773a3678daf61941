import path from 'node:path';
import { type Step, stepFolder } from '../curriculum/manifest';
import { declaredTests, requirementCount } from '../curriculum/requirement-count';
import { runStepTests, type TestOutcome } from '../curriculum/run-step-tests';
import { SLOW_CALLS, testFilesCalling } from '../curriculum/slow-tests';
import { packageAhead } from './package-ahead';
import {
  currentResult,
  isDone,
  loadProgress,
  recordResult,
  type StepResult,
  stepFilesHash,
} from './progress';

export interface StepCheck {
  /** What was remembered of this run. */
  result: StepResult;
  passed: number;
  total: number;
  tests: TestOutcome[];
  /** A test file that could not run at all, with jest's message. */
  suiteError?: string;
  /** The test files that could not load (from the step folder), with their requirements: not run, and counted in `total`. */
  notRun: NotRun[];
}

export interface NotRun {
  file: string;
  requirements: number;
}

export interface CheckOptions {
  /** Let jest print its own report to this terminal. */
  show?: boolean;
  /** More environment variables for the tests. */
  env?: Record<string, string>;
  /** Stops the run (watch mode quits). */
  signal?: AbortSignal;
}

/** Runs a step's tests on the learner's files, remembers the result, and returns every outcome. */
export async function checkStep(step: Step, options: CheckOptions = {}): Promise<StepCheck> {
  const ahead = packageAhead(step);
  let run: Awaited<ReturnType<typeof runStepTests>>;
  try {
    run = await runStepTests([stepFolder(step)], options);
  } finally {
    await ahead;
  }
  // jest runs the files in an order of its own (the slowest last time first): the learner
  // reads the first failing requirement, which must not change between two runs of the same
  // code. Quick files first, then those that package the service, then those that run it on
  // a local API (as the pages list them), then by name; tests in the order they are written.
  const suites = [...run.suites].sort(
    (a, b) => slowness(a.file) - slowness(b.file) || a.file.localeCompare(b.file),
  );
  const tests = suites.flatMap((suite) => suite.tests);
  const suiteError = suites.find((suite) => suite.suiteError)?.suiteError;
  const passed = tests.filter((test) => test.passed).length;
  // A file that could not load keeps its requirements: they count as not run, so the total
  // stays the step's own (13 of 16, not 0 of 1).
  const declared = suiteError ? declaredTests(stepFolder(step)) : new Map<string, number>();
  const notRun = suites
    .filter((suite) => suite.suiteError)
    .map((suite) => ({
      file: path.relative(stepFolder(step), suite.file).split(path.sep).join('/'),
      requirements: declared.get(path.resolve(suite.file)) ?? 1,
    }));
  const total = tests.length + notRun.reduce((sum, each) => sum + each.requirements, 0);
  const result = recordResult(step, passed, total);
  return { result, passed, total, tests, notRun, ...(suiteError ? { suiteError } : {}) };
}

/**
 * A run that produced no results at all (jest crashed, or watch mode stopped it): every
 * requirement of the step, none run. Not remembered: a stopped run says nothing of the files.
 */
export function unrunCheck(step: Step, error: Error): StepCheck {
  const total = requirementCount(stepFolder(step));
  return {
    result: { filesHash: stepFilesHash(step), passed: 0, total },
    passed: 0,
    total,
    tests: [],
    notRun: [{ file: 'test/', requirements: total }],
    suiteError: error.message,
  };
}

export interface Overview {
  /** Per step: the result, or undefined when not checked since its files last changed. */
  results: Map<Step, StepResult | undefined>;
  /** The first step that is not done, or undefined when all are. */
  current: Step | undefined;
}

/**
 * Where the learner is: steps are checked in order, using remembered results where the
 * files have not changed, until the first one that is not done. Later steps keep what is
 * remembered of them, if anything.
 */
export async function overview(steps: Step[]): Promise<Overview> {
  const progress = loadProgress();
  const results = new Map<Step, StepResult | undefined>();
  let current: Step | undefined;
  for (const step of steps) {
    let result = currentResult(progress, step);
    if (current === undefined && result === undefined) result = (await checkStep(step)).result;
    results.set(step, result);
    if (current === undefined && !isDone(result)) current = step;
  }
  return { results, current };
}

/** 0: quick; 1: packages the service or compiles its template; 2: runs it on a local API. */
function slowness(testFile: string): number {
  const folder = path.dirname(path.dirname(testFile));
  const calls = (call: string) =>
    testFilesCalling(folder, [call]).includes(path.basename(testFile));
  if (calls(SLOW_CALLS.localApi)) return 2;
  return calls(SLOW_CALLS.package) || calls(SLOW_CALLS.template) ? 1 : 0;
}

/** The learner files of a step as paths from the repo root, for messages. */
export const learnerPaths = (step: Step) =>
  step.learnerFiles.map((file) => path.posix.join('steps', step.slug, file));
