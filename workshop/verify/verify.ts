import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyCommittedStarter } from '../curriculum/committed-starter';
import { type Step, stepFolder } from '../curriculum/manifest';
import { requirementCount } from '../curriculum/requirement-count';
import { runStepTests } from '../curriculum/run-step-tests';
import { SLOW_CALLS, testFilesCalling } from '../curriculum/slow-tests';
import { starterProblems } from '../curriculum/starter-expectation';
import { repoRoot } from '../paths';
import { BUILD_OUTPUT } from '../serverless/build-copy';
import { copySolvedStep } from '../solved-step';
import { firstLine, outcomes, rightAnswerProblems, wrongAnswerProblems } from './answer-outcomes';
import { docCodeProblems } from './check-doc-code';
import { stepStructureProblems, workshopStructureProblems } from './check-structure';
import { startScreenProblems } from './generated-docs';
import { narrowToNamedTests, testFilesIn } from './narrow-to-named-tests';
import { type AnswerEdit, otherRightAnswers } from './right-answers';
import { unformattedStarters } from './starter-format';
import { applyPatch, type WrongPatch, wrongPatches } from './wrong-patches';

/** A copy of a step that verify tests: the starter, the answer, a wrong or another right answer. */
type Copy = { step: Step; folder: string } & (
  | { kind: 'starter' | 'answer' }
  /** A wrong answer: the patch (answers/NN-slug/wrong/*.patch) applied to the answer. */
  | { kind: 'wrong'; patch: WrongPatch }
  /** Another right answer: the edit made to the answer, and whether its `find` was there. */
  | { kind: 'right'; edit: AnswerEdit; edited: boolean }
);
type CopyOf<Kind extends Copy['kind']> = Extract<Copy, { kind: Kind }>;
const isKind =
  <Kind extends Copy['kind']>(kind: Kind) =>
  (copy: Copy): copy is CopyOf<Kind> =>
    copy.kind === kind;

/**
 * The maintainers' proof, for every step, in temporary copies under .workshop/verify (the
 * learner's files are only read): the starter fails every test but those the manifest lists,
 * the reference answer passes them all and type-checks, every plausible wrong answer fails
 * at least one (with the wording it names), every other right answer passes them all and
 * type-checks, and the files, docs and manifest agree. Prints one line per step.
 */
export async function verifySteps(
  allSteps: Step[],
  log: (line: string) => void = console.log,
  only?: Step[],
): Promise<boolean> {
  // A subset proves those steps alone: the checks of the whole workshop run with all of them.
  const steps = only ?? allSteps;
  const whole = only === undefined;
  const workspace = path.join(repoRoot, '.workshop', 'verify', `${Date.now()}-${process.pid}`);
  const began = performance.now();
  const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
  try {
    const patchProblems = new Map<Step, string[]>();
    const copies = makeCopies(steps, workspace, log, patchProblems);
    // A wrong answer is caught by any failing test, and most fail a quick one: its slow test
    // files (those that package the service with the real framework, 2 to 3 s) run only if
    // the quick ones catch nothing. A local API is not slow: it runs in the test's process.
    // A wrong answer that names the tests it fails, in a step of several test files, runs
    // after the answers, with only the files that hold those tests (see narrowToNamedTests).
    const narrowed = copies
      .filter(isKind('wrong'))
      .filter((copy) => Object.keys(copy.patch.failures).length > 0)
      .filter((copy) => testFilesIn(copy.folder).length > 1);
    const firstRound = copies.filter((copy) => !(narrowed as Copy[]).includes(copy));
    const held = firstRound
      .filter(isKind('wrong'))
      .filter((copy) => Object.keys(copy.patch.failures).length === 0)
      .flatMap((copy) => holdSlowTests(copy));
    // jest runs in its own process; tsc runs meanwhile (it blocks this one, not jest).
    const testing = runStepTests(
      firstRound.map((copy) => copy.folder),
      { maxWorkers: 2 },
    );
    const copied = performance.now();
    const copying = seconds(began);
    const typeErrors = typeCheckAnswers(workspace);
    const typeChecked = seconds(copied);
    const run = await testing;
    const answerSuites = (step: Step) => {
      const answer = copies.find((copy) => copy.step === step && copy.kind === 'answer') as Copy;
      return {
        folder: answer.folder,
        suites: run.suites.filter((suite) => isInside(suite.file, answer.folder)),
      };
    };
    const leftOutOf = new Map(
      narrowed.map((copy) => [copy as Copy, narrowToNamedTests(copy, answerSuites(copy.step))]),
    );
    const leftOut = [...leftOutOf.values()].reduce((sum, count) => sum + count, 0);
    if (narrowed.length > 0) {
      const second = await runStepTests(
        narrowed.map((copy) => copy.folder),
        { maxWorkers: 2 },
      );
      run.suites = [...run.suites, ...second.suites];
    }
    const tested = seconds(copied);
    const uncaught = [
      ...new Set(
        held
          .filter(
            (hold) =>
              !run.suites.some(
                (suite) =>
                  isInside(suite.file, hold.copy.folder) &&
                  suite.tests.some((test) => !test.passed),
              ),
          )
          .map((hold) => hold.copy),
      ),
    ];
    if (uncaught.length > 0) {
      for (const hold of held.filter((each) => uncaught.includes(each.copy)))
        renameSync(hold.away, hold.file);
      log(
        `(${uncaught.length} wrong answers caught by no quick test: their tests that package run now)`,
      );
      const again = await runStepTests(
        uncaught.map((copy) => copy.folder),
        { maxWorkers: 2 },
      );
      run.suites = [
        ...run.suites.filter(
          (suite) => !uncaught.some((copy) => isInside(suite.file, copy.folder)),
        ),
        ...again.suites,
      ];
    }

    let ok = true;
    let passedSteps = 0;
    const general = whole ? workshopStructureProblems(allSteps) : [];
    for (const problem of general) log(`✗ ${problem}`);
    ok &&= general.length === 0;

    for (const step of steps) {
      const problems = [
        ...stepStructureProblems(step),
        ...unformattedStarters(step),
        ...docCodeProblems(step),
        ...(patchProblems.get(step) ?? []),
      ];
      const suitesOf = (copy: Copy) =>
        run.suites.filter((suite) => isInside(suite.file, copy.folder));
      const mine = copies.filter((copy) => copy.step === step);
      const starter = outcomes(suitesOf(mine.find((copy) => copy.kind === 'starter') as Copy));
      const answer = outcomes(suitesOf(mine.find((copy) => copy.kind === 'answer') as Copy));

      if (starter.total === 0)
        problems.push(
          `the starter ran no test${starter.error ? `: ${firstLine(starter.error)}` : ''}.`,
        );
      // The `npm start` screen of docs/before-you-start.md shows step 1's starter score.
      if (step === allSteps[0] && starter.total > 0)
        problems.push(
          ...startScreenProblems(allSteps, {
            passed: starter.total - starter.failed.length,
            total: starter.total,
          }),
        );
      problems.push(
        ...starterProblems(
          step,
          [...starter.names].map((name) => ({
            fullName: name,
            passed: !starter.failed.includes(name),
          })),
        ),
      );

      if (answer.total === 0)
        problems.push(
          `the answer ran no test${answer.error ? `: ${firstLine(answer.error)}` : ''}.`,
        );
      for (const name of answer.failed) problems.push(`the answer fails "${name}".`);
      // The CLI counts a test file that cannot load from its source: that count must be the real one.
      const declared = requirementCount(stepFolder(step));
      if (answer.total > 0 && declared !== answer.total)
        problems.push(
          `the step's test files declare ${declared} tests as workshop/curriculum/requirement-count.ts reads them, but the answer ran ${answer.total}: write each test as it(…) or it.each([…])(…), so that a learner whose test file cannot load still sees the step's true count.`,
        );
      for (const kind of ['starter', 'answer'] as const) {
        for (const error of typeErrorsIn(typeErrors, kind, step.slug))
          problems.push(`the ${kind} does not type-check: ${error}`);
      }

      const wrongCopies = mine.filter(isKind('wrong'));
      for (const copy of wrongCopies)
        problems.push(
          ...wrongAnswerProblems(copy.patch, outcomes(suitesOf(copy)), {
            narrowed: (leftOutOf.get(copy) ?? 0) > 0,
          }),
        );

      const rightCopies = mine.filter(isKind('right'));
      for (const copy of rightCopies) {
        const right = copy.edit;
        problems.push(...rightAnswerProblems(right, copy.edited, outcomes(suitesOf(copy))));
        for (const error of typeErrorsIn(typeErrors, 'right', path.basename(copy.folder)))
          problems.push(`the other right answer "${right.name}" does not type-check: ${error}`);
      }

      ok &&= problems.length === 0;
      if (problems.length === 0) passedSteps += 1;
      const others =
        rightCopies.length > 0
          ? ` · ${rightCopies.length} other right answer${rightCopies.length > 1 ? 's pass' : ' passes'}`
          : '';
      const summary = `starter fails ${starter.failed.length}/${starter.total} as named · answer passes ${answer.total - answer.failed.length}/${answer.total} · ${wrongCopies.length} wrong answers caught${others}`;
      log(`${problems.length === 0 ? '✓' : '✗'} ${step.slug.padEnd(24)} ${summary}`);
      for (const problem of problems) log(`    ✗ ${problem}`);
    }
    log(`verify: ${passedSteps} passed, ${steps.length - passedSteps} failed`);
    // Where its time goes (docs/maintainers/performance.md): jest over the copies, and tsc beside it.
    log(
      `(${copies.length} copies made in ${copying}; jest ${tested}, tsc ${typeChecked} beside it; ${seconds(began)} in all; ${leftOut} test files of ${narrowed.length} wrong answers left out, none of the tests they name)`,
    );
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
function makeCopies(
  steps: Step[],
  workspace: string,
  log: (line: string) => void,
  patchProblems: Map<Step, string[]>,
): Copy[] {
  const copies: Copy[] = [];
  const learnersWork: string[] = [];
  const copyFolder = (from: string, to: string) =>
    cpSync(from, to, {
      recursive: true,
      filter: (source) => !BUILD_OUTPUT.has(path.basename(source)),
    });
  for (const step of steps) {
    const starter = path.join(workspace, 'starter', step.slug);
    const shipped = copyCommittedStarter(step, starter);
    for (const note of shipped.notes) log(`  (${note})`);
    learnersWork.push(...shipped.edited);
    copies.push({ kind: 'starter', step, folder: starter });

    const answer = path.join(workspace, 'answer', step.slug);
    // The step as shipped (git's index), never a learner's edits to its carried files.
    copySolvedStep(step.slug, answer);
    copies.push({ kind: 'answer', step, folder: answer });

    otherRightAnswers
      .filter((edit) => edit.slug === step.slug)
      .forEach((edit, index) => {
        const folder = path.join(workspace, 'right', `${step.slug}-${index + 1}`);
        copyFolder(answer, folder);
        const file = path.join(folder, edit.file);
        const content = readFileSync(file, 'utf8');
        writeFileSync(file, content.replace(edit.find, edit.replace));
        copies.push({ kind: 'right', step, folder, edit, edited: content.includes(edit.find) });
      });
    const unapplied: string[] = [];
    wrongPatches(step).forEach((patch, index) => {
      if (patch instanceof Error) {
        unapplied.push(patch.message);
        return;
      }
      const folder = path.join(workspace, 'wrong', `${step.slug}-${index + 1}`);
      copyFolder(answer, folder);
      const problem = applyPatch(patch, folder);
      if (problem === undefined) copies.push({ kind: 'wrong', step, folder, patch });
      else {
        unapplied.push(problem);
        rmSync(folder, { recursive: true, force: true });
      }
    });
    patchProblems.set(step, unapplied);
  }
  if (learnersWork.length > 0) {
    log(
      `(${learnersWork.length} learner file${learnersWork.length > 1 ? 's differ' : ' differs'} from the starter git has: a learner's work, which verify leaves alone and does not judge. A maintainer who changed a starter: git add it.)`,
    );
  }
  return copies;
}

/** Moves a copy's test files that package out of its test folder, for now; returns where each went. */
function holdSlowTests(copy: Copy): Array<{ copy: Copy; file: string; away: string }> {
  const away = path.join(copy.folder, 'held-tests');
  mkdirSync(away, { recursive: true });
  return testFilesCalling(copy.folder, [SLOW_CALLS.package]).map((name) => {
    const hold = { copy, file: path.join(copy.folder, 'test', name), away: path.join(away, name) };
    renameSync(hold.file, hold.away);
    return hold;
  });
}

/** tsc over the starter, answer and other right answer copies, with the tests: what a learner's editor shows them. */
function typeCheckAnswers(workspace: string): string[] {
  const config = path.join(workspace, 'tsconfig.json');
  mkdirSync(workspace, { recursive: true });
  // The setup file brings the custom matchers' type declarations, as in the root tsconfig.
  const setup = path.join(repoRoot, 'workshop', 'testing', 'setup-matchers.ts');
  writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(repoRoot, 'tsconfig.json'),
      files: [setup],
      include: ['starter', 'answer', 'right'],
      exclude: [],
    }),
  );
  const tsc = require.resolve('typescript/bin/tsc', { paths: [repoRoot] });
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', config], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return run.status === 0 ? [] : run.stdout.split('\n').filter((line) => line.includes('error TS'));
}

/** tsc's errors for the copy `<kind>/<folder>/`. */
function typeErrorsIn(errors: string[], kind: string, folder: string): string[] {
  return errors.filter(
    (line) =>
      line.includes(`${path.sep}${kind}${path.sep}${folder}${path.sep}`) ||
      line.includes(`/${kind}/${folder}/`),
  );
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
