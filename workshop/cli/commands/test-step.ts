import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../serverless/framework';
import { stepFolder, type Step } from '../../steps/manifest';
import { runStepTests } from '../../steps/run-step-tests';
import { bold, dim, green, red, UserError } from '../output';

/** `workshop test N`: runs step N's tests on the learner's files; exit code 0 when all pass. */
export async function testStep(step: Step): Promise<number> {
  const folder = stepFolder(step);
  const missing = step.learnerFiles.filter((file) => !existsSync(path.join(folder, file)));
  if (missing.length > 0) {
    const files = missing.map((file) => `steps/${step.slug}/${file}`).join(' ');
    throw new UserError(`${files}: missing. Restore the starter with: git checkout -- ${files}`);
  }

  console.log(bold(`Step ${step.number} — ${step.title}`) + dim(`  (steps/${step.slug})`));
  const run = await runStepTests([folder], { show: true });
  const tests = run.suites.flatMap((suite) => suite.tests);
  const broken = run.suites.filter((suite) => suite.suiteError);
  const passed = tests.filter((test) => test.passed).length;

  console.log('');
  for (const test of tests) console.log(`  ${test.passed ? green('✓') : red('✗')} ${test.fullName}`);
  for (const suite of broken) console.log(`  ${red('✗')} ${path.relative(repoRoot, suite.file)} could not run: see the error above.`);

  console.log('');
  if (tests.length > 0 && passed === tests.length && broken.length === 0) {
    console.log(green(`Step ${step.number} is done: all ${tests.length} requirements pass.`));
    return 0;
  }
  console.log(red(`Step ${step.number}: ${passed} of ${tests.length} requirements pass.`));
  console.log(`Read ${step.doc}, or ask for a hint: npm run workshop -- hint ${step.number}`);
  return 1;
}
