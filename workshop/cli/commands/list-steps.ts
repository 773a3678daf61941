import type { Step } from '../../steps/manifest';
import { dim } from '../output';

/** `workshop list`: every step, its folder and its page. */
export function listSteps(steps: Step[]): number {
  for (const step of steps) {
    console.log(`${String(step.number).padStart(2)}. ${step.title.padEnd(32)} ${dim(`steps/${step.slug}  ${step.doc}`)}`);
  }
  return 0;
}
