import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Step, stepFolder } from '../../curriculum/manifest';
import { repoRoot } from '../../paths';
import { confirmOverwrite } from '../confirm';
import { answerContent, backupLearnerFiles, starterContent } from '../learner-files';
import { green } from '../output';
import { learnerPaths } from '../step-status';

type Source = 'starter' | 'answer';

/** Backs up the learner's files of the step, then replaces them with the starter or the answer. */
async function overwrite(step: Step, args: string[], source: Source): Promise<number> {
  const command = source === 'starter' ? 'reset' : 'solve';
  const what = source === 'starter' ? 'the starter' : 'the reference answer';
  // Read everything first: a missing git or answer must fail before any file is touched.
  const contents = step.learnerFiles.map(
    (file) =>
      [
        file,
        source === 'starter' ? starterContent(step, file) : answerContent(step, file),
      ] as const,
  );
  await confirmOverwrite(
    `Replace ${learnerPaths(step).join(', ')} with ${what}? Your files are backed up first.`,
    args,
    command,
  );

  const backup = backupLearnerFiles(step, command);
  for (const [file, content] of contents) {
    const target = path.join(stepFolder(step), file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  console.log(`Your files were backed up to ${path.relative(repoRoot, backup)}`);
  console.log(green(`Step ${step.number} now holds ${what}: ${learnerPaths(step).join(', ')}`));
  if (source === 'answer')
    console.log(`Read it, then check it: npm run workshop -- test ${step.number}`);
  return 0;
}

/** `workshop reset N`: back to the starter, after a backup. */
export const reset = (step: Step, args: string[]) => overwrite(step, args, 'starter');

/** `workshop solve N`: the reference answer, after a backup. */
export const solve = (step: Step, args: string[]) => overwrite(step, args, 'answer');
