import type { Step } from '../../curriculum/manifest';
import { dim } from '../output';
import { currentResult, isDone, loadProgress } from '../progress';
import { progressLines } from './home';

/** `workshop list`: every step with its remembered result, folder and page (runs no test). */
export function listSteps(steps: Step[]): number {
  const progress = loadProgress();
  const results = new Map(steps.map((step) => [step, currentResult(progress, step)] as const));
  const current = steps.find((step) => !isDone(results.get(step)));
  for (const line of progressLines(steps, results, current)) console.log(line);
  console.log('');
  const width = Math.max(0, ...steps.map((step) => step.slug.length));
  for (const step of steps)
    console.log(
      dim(`  ${String(step.number).padStart(2)}. steps/${step.slug.padEnd(width)}  ${step.doc}`),
    );
  return 0;
}
