import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { type Step, stepFolder } from '../../curriculum/manifest';
import { answerContent } from '../learner-files';
import { bold, dim, green, red } from '../output';

/** `workshop diff N`: the learner's files against the reference answer, as a unified diff. */
export function diffStep(step: Step): number {
  console.log(
    bold(
      `This shows the reference answer of step ${step.number}. Try the hints first: npm run workshop -- hint ${step.number}`,
    ),
  );
  for (const file of step.learnerFiles) {
    const mine = path.join(stepFolder(step), file);
    const yours = existsSync(mine) ? readFileSync(mine, 'utf8') : '';
    const reference = answerContent(step, file).toString('utf8');
    console.log('');
    if (yours === reference) {
      console.log(green(`steps/${step.slug}/${file}: the same as the reference answer.`));
      continue;
    }
    const patch = createTwoFilesPatch(
      `steps/${step.slug}/${file} (yours)`,
      `answers/${step.slug}/${file} (reference)`,
      yours,
      reference,
      '',
      '',
      { context: 3 },
    );
    for (const line of patch.split('\n').slice(1)) console.log(colourLine(line));
  }
  return 0;
}

function colourLine(line: string): string {
  if (line.startsWith('+++') || line.startsWith('---')) return bold(line);
  if (line.startsWith('@@')) return dim(line);
  if (line.startsWith('+')) return green(line);
  if (line.startsWith('-')) return red(line);
  return line;
}
