import { stripVTControlCharacters } from 'node:util';
import type { Step } from '../../curriculum/manifest';
import type { TestOutcome } from '../../curriculum/run-step-tests';
import { stepBriefing } from '../commands/home';
import { bold, dim, green, red } from '../output';
import type { StepCheck } from '../step-status';
import { learnerPaths } from '../step-status';

// What watch mode shows, as lines: pure, so that the state machine's tests read them.

export const KEYS = 'h hint · l list · r rerun · q quit';

/** The line over a run's results: the step, and the files to edit. */
export function heading(step: Step): string[] {
  return [
    bold(`Watching step ${step.number} — ${step.title}`) +
      dim(`  (${learnerPaths(step).join(', ')})`),
  ];
}

/** Said until the results replace it: the slower steps take a few seconds. */
export const running = (step: Step): string =>
  dim(`Running the tests of step ${step.number}… (${step.doc})`);

/** The step's briefing, kept on top of its runs. */
export const briefing = (step: Step): string[] => [...stepBriefing(step), ''];

export const allPass = (check: StepCheck): boolean =>
  check.total > 0 && check.passed === check.total && !check.suiteError;

export const done = (step: Step, check: StepCheck): string =>
  green(`✓ Step ${step.number} is done: all ${check.total} requirements pass.`);

/** A learner file is gone (renamed, deleted): the step waits for it, whatever else is saved. */
export function waitingFor(step: Step, missing: string[]): string {
  const [names, that] = missing.length === 1 ? ['that name', 'it is'] : ['those names', 'they are'];
  return red(
    `Waiting for ${missing.join(', ')} in steps/${step.slug} (renamed? the step expects ${names}). The tests run once ${that} back.`,
  );
}

/** A run that did not pass: the score, what could not load, the next failure, what to do. */
export function failure(step: Step, check: StepCheck, interactive: boolean): string[] {
  const lines = [red(`✗ ${check.passed} of ${check.total} requirements pass.`)];
  for (const { file, requirements } of check.notRun)
    lines.push(
      red(
        `  ${file} could not load: ${requirements === 1 ? 'its requirement' : `its ${requirements} requirements`} did not run.`,
      ),
    );
  const failing = check.tests.find((test) => !test.passed);
  if (check.suiteError) lines.push('', excerpt(check.suiteError));
  else if (failing)
    lines.push(
      '',
      `Next: ${bold(failing.titles.join(' › '))}`,
      excerpt(wholeError(failing, check.tests)),
    );
  lines.push(
    '',
    `Stuck? ${interactive ? 'Press h for a hint' : `npm run workshop -- hint ${step.number}`}. Save a file to check again.`,
    ...(interactive ? [dim(KEYS)] : []),
  );
  return lines;
}

/**
 * The failure that says what is wrong. A shared error (serverless.yml the framework cannot
 * read, a local API that did not start) is reported whole by the first test that met it in
 * the run, and by a one-line pointer in the others: jest's order is not the order shown, so
 * the whole one is looked up, by what the run recorded of it (TestOutcome.sharedError).
 */
export function wholeError(failing: TestOutcome, tests: TestOutcome[]): string {
  const message = failing.failureMessages[0] ?? '';
  const shared = failing.sharedError;
  if (!shared || shared.whole) return message;
  const whole = tests.find(
    (test) => test.sharedError?.error === shared.error && test.sharedError.whole,
  );
  return whole?.failureMessages[0] ?? message;
}

/** A failure longer than this is cut, saying where to read it all. */
const MOST_LINES = 60;

/** The part of a failure a learner needs: the whole message, without the stack trace. */
export function excerpt(message: string): string {
  const lines = stripVTControlCharacters(message).split('\n');
  const stackStart = lines.findIndex((line) => /^\s+at /.test(line));
  const kept = lines.slice(0, stackStart === -1 ? lines.length : stackStart);
  while (kept.length > 0 && kept[kept.length - 1].trim() === '') kept.pop();
  const shown = kept.slice(0, MOST_LINES).map((line) => `  ${line}`);
  if (kept.length > MOST_LINES)
    shown.push(
      `  … ${kept.length - MOST_LINES} more lines: npm run workshop -- test shows them all.`,
    );
  return shown.join('\n').trimEnd();
}
