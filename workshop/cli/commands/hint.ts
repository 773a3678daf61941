import type { Step } from '../../curriculum/manifest';
import { bold, dim } from '../output';
import { loadProgress, saveProgress } from '../progress';

/** `workshop hint N`: each call shows one more hint of step N, from a nudge to nearly the answer. */
export function hint(step: Step, again = 'Run the same command again for the next hint.'): number {
  const progress = loadProgress();
  const shown = Math.min((progress.hintsShown[step.slug] ?? 0) + 1, step.hints.length);
  progress.hintsShown[step.slug] = shown;
  saveProgress(progress);

  console.log(bold(`Step ${step.number} — ${step.title}: hint ${shown} of ${step.hints.length}`));
  for (let index = 0; index < shown; index += 1)
    console.log(`\n${index + 1}. ${step.hints[index]}`);
  console.log('');
  console.log(
    dim(
      shown < step.hints.length
        ? again
        : `That was the last hint: compare with the reference answer: npm run workshop -- diff ${step.number}`,
    ),
  );
  return 0;
}
