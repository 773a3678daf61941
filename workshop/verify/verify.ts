import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_OUTPUT } from '../serverless/build-copy';
import { repoRoot } from '../serverless/framework';
import { copyCommittedStarter } from '../steps/committed-starter';
import { startScreenProblems } from '../steps/generated-docs';
import { answerFolder, stepFolder, type Step } from '../steps/manifest';
import { runStepTests, type SuiteOutcome } from '../steps/run-step-tests';
import { stepStructureProblems, workshopStructureProblems } from './check-structure';
import { docCodeProblems } from './check-doc-code';
import { wrongAnswers, type WrongAnswer } from './wrong-answers';

interface Copy {
  kind: 'starter' | 'answer' | 'wrong';
  step: Step;
  folder: string;
  wrong?: WrongAnswer;
}

/**
 * The maintainers' proof, for every step, in temporary copies under .workshop/verify (the
 * learner's files are only read): the starter fails exactly the tests the manifest names,
 * the reference answer passes them all and type-checks, every plausible wrong answer fails
 * at least one, and the files, docs and manifest agree. Prints one line per step.
 */
export async function verifySteps(steps: Step[], log: (line: string) => void = console.log): Promise<boolean> {
  const workspace = path.join(repoRoot, '.workshop', 'verify', `${Date.now()}-${process.pid}`);
  try {
    const copies = makeCopies(steps, workspace, log);
    // jest runs in its own process; tsc runs meanwhile (it blocks this one, not jest).
    const testing = runStepTests(copies.map((copy) => copy.folder), { maxWorkers: 2 });
    const typeErrors = typeCheckAnswers(workspace);
    const run = await testing;

    let ok = true;
    let passedSteps = 0;
    const general = workshopStructureProblems(steps);
    for (const problem of general) log(`✗ ${problem}`);
    ok &&= general.length === 0;

    for (const step of steps) {
      const problems = [...stepStructureProblems(step), ...docCodeProblems(step)];
      const suitesOf = (copy: Copy) => run.suites.filter((suite) => isInside(suite.file, copy.folder));
      const mine = copies.filter((copy) => copy.step === step);
      const starter = outcomes(suitesOf(mine.find((copy) => copy.kind === 'starter') as Copy));
      const answer = outcomes(suitesOf(mine.find((copy) => copy.kind === 'answer') as Copy));

      const expectedFailures = new Set(step.failsOnStarter);
      const unexpectedPasses = step.failsOnStarter.filter((name) => !starter.failed.includes(name));
      const unexpectedFailures = starter.failed.filter((name) => !expectedFailures.has(name));
      if (starter.total === 0) problems.push(`the starter ran no test${starter.error ? `: ${firstLine(starter.error)}` : ''}.`);
      // The `npm start` screen of docs/before-you-start.md shows step 1's starter score.
      if (step === steps[0] && starter.total > 0) problems.push(...startScreenProblems(steps, { passed: starter.total - starter.failed.length, total: starter.total }));
      for (const name of unexpectedPasses) problems.push(`the starter should fail "${name}" but does not.`);
      for (const name of unexpectedFailures) problems.push(`the starter fails "${name}", which the manifest does not name.`);

      if (answer.total === 0) problems.push(`the answer ran no test${answer.error ? `: ${firstLine(answer.error)}` : ''}.`);
      for (const name of answer.failed) problems.push(`the answer fails "${name}".`);
      for (const kind of ['starter', 'answer'] as const) {
        for (const error of typeErrors.filter((line) => line.includes(`${path.sep}${kind}${path.sep}${step.slug}${path.sep}`) || line.includes(`/${kind}/${step.slug}/`))) {
          problems.push(`the ${kind} does not type-check: ${error}`);
        }
      }

      const wrongCopies = mine.filter((copy) => copy.kind === 'wrong');
      for (const copy of wrongCopies) {
        const result = outcomes(suitesOf(copy));
        if (result.total === 0 || result.failed.length === 0) problems.push(`the wrong answer "${copy.wrong?.name}" passes every test.`);
      }

      ok &&= problems.length === 0;
      if (problems.length === 0) passedSteps += 1;
      const summary = `starter fails ${starter.failed.length}/${starter.total} as named · answer passes ${answer.total - answer.failed.length}/${answer.total} · ${wrongCopies.length} wrong answers caught`;
      log(`${problems.length === 0 ? '✓' : '✗'} ${step.slug.padEnd(24)} ${summary}`);
      for (const problem of problems) log(`    ✗ ${problem}`);
    }
    log(`verify: ${passedSteps} passed, ${steps.length - passedSteps} failed`);
    return ok;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

/**
 * The copies to test. A starter's learner files come from git (its index: what is committed,
 * or staged by a maintainer), not from the working tree, where a learner may have edited or
 * solved them: verify judges the workshop as shipped, whoever runs it.
 */
function makeCopies(steps: Step[], workspace: string, log: (line: string) => void): Copy[] {
  const copies: Copy[] = [];
  const copyFolder = (from: string, to: string) =>
    cpSync(from, to, { recursive: true, filter: (source) => !BUILD_OUTPUT.has(path.basename(source)) });
  for (const step of steps) {
    const starter = path.join(workspace, 'starter', step.slug);
    for (const note of copyCommittedStarter(step, starter)) log(`  (${note})`);
    copies.push({ kind: 'starter', step, folder: starter });

    const answer = path.join(workspace, 'answer', step.slug);
    copyFolder(stepFolder(step), answer);
    copyFolder(answerFolder(step), answer);
    copies.push({ kind: 'answer', step, folder: answer });

    wrongAnswers
      .filter((wrong) => wrong.slug === step.slug)
      .forEach((wrong, index) => {
        const folder = path.join(workspace, 'wrong', `${step.slug}-${index + 1}`);
        copyFolder(answer, folder);
        const file = path.join(folder, wrong.file);
        writeFileSync(file, readFileSync(file, 'utf8').replace(wrong.find, wrong.replace));
        copies.push({ kind: 'wrong', step, folder, wrong });
      });
  }
  return copies;
}

/** tsc over the starter and answer copies (with the tests): what a learner's editor shows them. */
function typeCheckAnswers(workspace: string): string[] {
  const config = path.join(workspace, 'tsconfig.json');
  mkdirSync(workspace, { recursive: true });
  // The setup file brings the custom matchers' type declarations, as in the root tsconfig.
  const setup = path.join(repoRoot, 'workshop', 'jest', 'setup-matchers.ts');
  writeFileSync(config, JSON.stringify({ extends: path.join(repoRoot, 'tsconfig.json'), files: [setup], include: ['starter', 'answer'], exclude: [] }));
  const tsc = require.resolve('typescript/bin/tsc', { paths: [repoRoot] });
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', config], { cwd: repoRoot, encoding: 'utf8' });
  return run.status === 0 ? [] : run.stdout.split('\n').filter((line) => line.includes('error TS'));
}

function outcomes(suites: SuiteOutcome[]) {
  const tests = suites.flatMap((suite) => suite.tests);
  return {
    total: tests.length,
    failed: tests.filter((test) => !test.passed).map((test) => test.fullName),
    error: suites.find((suite) => suite.suiteError)?.suiteError,
  };
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function firstLine(text: string): string {
  return text.trim().split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}
