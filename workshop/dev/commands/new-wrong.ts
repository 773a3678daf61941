import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { UserError } from '../../cli/output';
import { committedStarter } from '../../curriculum/committed-starter';
import { answerFolder, findStep, type Step, stepFolder } from '../../curriculum/manifest';
import { repoRoot } from '../../paths';
import { patchText } from '../../verify/wrong-patches';
import { answerDiff } from '../answer-diff';

/**
 * `npm run dev -- new-wrong <step> <name>`: the learner files of steps/NN-slug as they are
 * now (a maintainer solved the step, then made the mistake in place) become a wrong answer,
 * answers/NN-slug/wrong/<name>.patch: their diff from the answer, under a header that says
 * what the mistake is and which test must fail. Refuses a name that exists and files that
 * hold no mistake. Returns the exit code.
 */
export async function newWrong(args: string[], steps: Step[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      mistake: { type: 'string' },
      fails: { type: 'string' },
      message: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [ref, given] = positionals;
  if (ref === undefined || given === undefined)
    throw new UserError(
      'Name the step and the wrong answer, e.g. npm run dev -- new-wrong 3 the-wrong-status.',
    );
  const step = findStep(steps, ref);
  if (step === undefined) throw new UserError(`No step "${ref}". Steps: 1 to ${steps.length}.`);
  const name = given.replace(/\.patch$/, '');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    throw new UserError(
      `"${given}" is not a name for a wrong answer: lower-case letters, digits and dashes that say what is wrong, like "the-wrong-status".`,
    );
  const file = path.join(answerFolder(step), 'wrong', `${name}.patch`);
  const shown = path.relative(repoRoot, file).split(path.sep).join('/');
  if (existsSync(file))
    throw new UserError(`${shown} already exists: pick another name, or delete it first.`);

  const diff = answerDiff(step, learnerEdits(step));
  if (diff === '')
    throw new UserError(
      `steps/${step.slug} holds the answer, with no mistake in it: make the mistake in its learner files (${step.learnerFiles.join(', ')}), then run this again.`,
    );

  const mistake = values.mistake ?? (await ask('What is the mistake, as a learner would make it?'));
  const fails =
    values.fails ??
    (await ask('Which test must it fail? Its full name (its describe titles, then its own):'));
  if (mistake.trim() === '' || fails.trim() === '')
    throw new UserError(
      'A wrong answer needs its mistake (--mistake) and the test it fails (--fails).',
    );
  const says = values.message?.trim() ?? '';

  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    patchText({ name: mistake.trim(), failures: { [fails.trim()]: says } }, diff),
  );
  console.log(`wrote ${shown}: the mistake in steps/${step.slug}, as a patch on the answer.`);
  console.log(
    `Check it: npm run dev -- check ${step.number} (verify applies it to the answer and proves that "${fails.trim()}" fails${says === '' ? '' : ', saying what --message says'}).`,
  );
  console.log(
    `Your edits stay in steps/${step.slug}: npm run workshop -- reset ${step.number} puts the starter back (after a backup).`,
  );
  return 0;
}

/**
 * The learner files as they are in the step folder. Refuses when one is missing, and when
 * they are all still the starter: a starter is no wrong answer, it is no answer yet.
 */
function learnerEdits(step: Step): Record<string, string> {
  const edits: Record<string, string> = {};
  let starters = 0;
  for (const file of step.learnerFiles) {
    const full = path.join(stepFolder(step), file);
    if (!existsSync(full))
      throw new UserError(
        `steps/${step.slug}/${file} is missing: a wrong answer edits the learner files, it does not delete them.`,
      );
    const text = readFileSync(full, 'utf8');
    const starter = committedStarter(step, file, 'staged');
    if (!(starter instanceof Error) && starter.toString('utf8') === text) starters += 1;
    edits[file] = text;
  }
  if (starters === step.learnerFiles.length)
    throw new UserError(
      `steps/${step.slug} holds the starter, not edited: lay the answer first (npm run workshop -- solve ${step.number} --yes), make the mistake in it, then run this again.`,
    );
  return edits;
}

/** One line from the maintainer at a terminal; without one, nobody can answer: a refusal. */
async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY)
    throw new UserError(
      'Say what the mistake is and which test it fails: --mistake "…" --fails "<the test\'s full name>" (and --message "<what its failure must say>", if you like).',
    );
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question(`${question} `);
  } finally {
    prompt.close();
  }
}
