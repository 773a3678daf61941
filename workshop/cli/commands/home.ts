import type { Step } from '../../curriculum/manifest';
import { allStepsDone } from '../all-steps-done';
import { bold, dim, green, red } from '../output';
import { isDone, type StepResult } from '../progress';
import { learnerPaths, overview } from '../step-status';

/** One line per step: ✓ done, ✗ not yet (with passed/total), · not checked since it last changed. */
export function progressLines(
  steps: Step[],
  results: Map<Step, StepResult | undefined>,
  current?: Step,
): string[] {
  // As wide as the longest title, so that a long one never pushes its score out of line.
  const width = Math.max(0, ...steps.map((step) => step.title.length));
  return steps.map((step) => {
    const result = results.get(step);
    const mark = result === undefined ? dim('·') : isDone(result) ? green('✓') : red('✗');
    const score =
      result === undefined ? dim('not checked yet') : `${result.passed}/${result.total}`;
    const here = step === current ? bold('  ← you are here') : '';
    return `  ${mark} ${String(step.number).padStart(2)}. ${step.title.padEnd(width)}  ${score}${here}`;
  });
}

/** What to do next on a step: the page to read, the files to edit, the commands. */
export function stepBriefing(step: Step): string[] {
  return [
    bold(`Step ${step.number} — ${step.title}`),
    `  Read:   ${step.doc}`,
    `  Edit:   ${learnerPaths(step).join(', ')}`,
    `  Check:  npm run workshop -- test ${step.number}`,
    `  Stuck:  npm run workshop -- hint ${step.number}`,
  ];
}

/** The first lines of `npm start`, printed while the steps are being checked. */
export function homeHeader(): string[] {
  return [
    bold('The workshop: return HTTP errors from AWS Lambda through API Gateway'),
    dim('Checking your steps…'),
  ];
}

/**
 * What `npm start` shows once it knows where the learner is: every step's result, then what
 * to do on the current step (or that all are done). docs/before-you-start.md is written from
 * this and homeHeader, so the page shows what the CLI prints.
 */
export function homeScreen(
  steps: Step[],
  results: Map<Step, StepResult | undefined>,
  current: Step | undefined,
): string[] {
  const next =
    current === undefined ? [green(allStepsDone(steps.length))] : [...stepBriefing(current), ''];
  return ['', ...progressLines(steps, results, current), '', ...next];
}

/**
 * `npm start`: progress, the current step and what to do. In a terminal it then watches the
 * current step; elsewhere (CI, a pipe) it prints and exits 0.
 */
export async function home(
  steps: Step[],
  startWatching: (step: Step) => Promise<number>,
): Promise<number> {
  for (const line of homeHeader()) console.log(line);
  const { results, current } = await overview(steps);
  for (const line of homeScreen(steps, results, current)) console.log(line);
  if (current === undefined) return 0;
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    console.log(
      dim(`In a terminal, npm start then watches your files and reruns the tests on every save.`),
    );
    return 0;
  }
  return startWatching(current);
}
