import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Step, stepFolder } from '../../curriculum/manifest';
import { bold, dim, green, red, UserError } from '../output';
import { checkStep, learnerPaths } from '../step-status';

/**
 * Fails when a learner file is gone, saying which and that the step expects that name: a
 * renamed file is put back by renaming it, and only then is `reset` (which overwrites every
 * file of the step) worth its cost.
 */
export function requireLearnerFiles(step: Step): void {
  const missing = step.learnerFiles.filter(
    (file) => !existsSync(path.join(stepFolder(step), file)),
  );
  if (missing.length > 0) throw new UserError(missingFilesMessage(step, missing));
}

/** What `test` says for missing learner files: which, why the name matters, and the last resort. */
export function missingFilesMessage(step: Step, missing: string[]): string {
  const files = missing.map((file) => `steps/${step.slug}/${file}`).join(', ');
  const [is, names, them] =
    missing.length === 1 ? ['is', 'that name', 'it'] : ['are', 'those names', 'them'];
  return `${files} ${is} missing (renamed? the step expects ${names}: rename ${them} back). If ${them === 'it' ? 'it is' : 'they are'} gone for good: npm run workshop -- reset ${step.number} puts the starter back in every file of the step, after a backup of yours.`;
}

/** `workshop test N`: runs step N's tests on the learner's files; exit code 0 when all pass. */
export async function testStep(step: Step): Promise<number> {
  requireLearnerFiles(step);
  console.log(
    bold(`Step ${step.number} — ${step.title}`) + dim(`  (${learnerPaths(step).join(', ')})`),
  );
  const check = await checkStep(step, { show: true });

  console.log('');
  for (const test of check.tests)
    console.log(`  ${test.passed ? green('✓') : red('✗')} ${test.fullName}`);
  for (const { file, requirements } of check.notRun)
    console.log(
      `  ${red('✗')} ${file} could not load: its ${requirements === 1 ? 'requirement' : `${requirements} requirements`} did not run (see the error above).`,
    );

  console.log('');
  if (check.total > 0 && check.passed === check.total) {
    console.log(green(`Step ${step.number} is done: all ${check.total} requirements pass.`));
    return 0;
  }
  console.log(red(`Step ${step.number}: ${check.passed} of ${check.total} requirements pass.`));
  console.log(`Read ${step.doc}, or ask for a hint: npm run workshop -- hint ${step.number}`);
  return 1;
}
