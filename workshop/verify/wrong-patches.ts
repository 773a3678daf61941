import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { answerFolder, type Step } from '../curriculum/manifest';
import { repoRoot } from '../paths';

/**
 * A plausible wrong answer, kept as a patch beside the answer it breaks:
 * `answers/NN-slug/wrong/<what-is-wrong>.patch`. Header lines first (free text is left
 * alone), then the diff (paths relative to the answer folder), applied with `git apply` to
 * a copy of the step with its answer laid over:
 *
 *     Mistake: a hard-coded region
 *     Fails: serverless.yml, as the framework reads it takes the region from AWS_REGION
 *     Message: <text the failure message of the test above must contain (optional)>
 *
 *     diff --git a/serverless.yml b/serverless.yml
 *     …
 *
 * `Fails:`/`Message:` pairs may repeat; `Fails:` alone: that test must fail; no `Fails:`:
 * at least one test must fail. `npm run verify` proves each. Every wrong answer is one:
 * a changed number, a missing `await`, a value in the wrong place, a wrong serverless.yml
 * (which Stryker does not mutate), a rewrite of a whole shape; `npm run mutation` makes the
 * small ones StrykerJS can (a flipped condition, an emptied string, a removed call) from
 * the answers themselves. `npm run dev -- new-wrong` writes one from a step's edited files.
 * (The tests run transpile-only: a patch's `as never` lets a wrong shape reach them, as it
 * would reach Lambda.)
 */
export interface WrongPatch {
  slug: string;
  /** The Mistake line, or the file name without .patch. */
  name: string;
  /** Relative to the repo root, with forward slashes: what verify's messages name. */
  file: string;
  /** Full test name → a text its failure message must contain ('' when any will do). */
  failures: Record<string, string>;
  diff: string;
}

const wrongFolder = (step: Step) => path.join(answerFolder(step), 'wrong');

/**
 * The text of a patch file: its header (the Mistake, each Fails line with its Message, then
 * free-text notes), a blank line, then the diff.
 */
export function patchText(
  wrong: { name: string; failures: Record<string, string>; notes?: string[] },
  diff: string,
): string {
  const header = [
    `Mistake: ${wrong.name}`,
    ...Object.entries(wrong.failures).flatMap(([test, says]) =>
      says === '' ? [`Fails: ${test}`] : [`Fails: ${test}`, `Message: ${says}`],
    ),
    ...(wrong.notes ?? []),
  ];
  return `${header.join('\n')}\n\n${diff}`;
}

/** The wrong-answer patches of a step, by file name; a header it cannot read is an Error. */
export function wrongPatches(step: Step): Array<WrongPatch | Error> {
  const folder = wrongFolder(step);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.patch'))
    .sort()
    .map((name) => readPatch(step, path.join(folder, name)));
}

export function readPatch(step: Step, file: string): WrongPatch | Error {
  const relative = path.relative(repoRoot, file).split(path.sep).join('/');
  const read = readPatchFile(file, relative);
  if (read instanceof Error) return read;
  const name = read.mistake ?? path.basename(file, '.patch');
  return { slug: step.slug, name, file: relative, failures: read.failures, diff: read.diff };
}

/**
 * A patch file in the header format above: its Mistake line (if any), each Fails line with
 * its Message, and the diff. `label` names the file in what it says is wrong. The steps'
 * wrong answers and the epilogue's mistakes (workshop/scripts/take-it-home) are both read so.
 */
export function readPatchFile(
  file: string,
  label: string,
): { mistake?: string; failures: Record<string, string>; diff: string } | Error {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const start = text.search(/^diff --git /m);
  if (start < 0) return new Error(`${label} holds no diff (no line starts with "diff --git").`);
  const failures: Record<string, string> = {};
  let mistake: string | undefined;
  let last: string | undefined;
  for (const line of text.slice(0, start).split('\n')) {
    const field = /^(Mistake|Fails|Message):\s*(.*)$/.exec(line);
    if (!field) continue;
    const [, key, value] = field;
    if (key === 'Mistake') mistake = value.trim();
    else if (key === 'Fails') {
      last = value.trim();
      failures[last] = '';
    } else if (last === undefined)
      return new Error(`${label}: a Message: line must follow the Fails: line it is about.`);
    else failures[last] = value.trim();
  }
  return { mistake, failures, diff: text.slice(start) };
}

/**
 * Applies `patch` to `folder` (a copy of the step with its answer over it) with `git apply`;
 * returns why it does not apply, with how to remake it, or undefined when it applied.
 */
export function applyPatch(patch: WrongPatch, folder: string): string | undefined {
  const failed = gitApply(patch.diff, folder);
  if (failed === undefined) return undefined;
  if (failed.couldNotRun) return `git could not run to apply ${patch.file}: ${failed.reason}`;
  const answers = `answers/${patch.slug}`;
  return `the wrong answer ${patch.file} no longer applies to the answer (${failed.reason}). Remake it: make the mistake in ${answers}, run \`git diff --relative=${answers} ${answers} > ${patch.file}.new\`, put the header lines back on top, move it over ${patch.file}, then \`git checkout ${answers}\`.`;
}

/**
 * `git apply` (with `reverse`, `-R`) of `diff` in `folder`, with paths relative to it; why it
 * did not apply (git's first line, or why git could not run), or undefined when it did.
 */
export function gitApply(
  diff: string,
  folder: string,
  { reverse = false } = {},
): { reason: string; couldNotRun: boolean } | undefined {
  // git ignores a relative ceiling, and inside a repository applies paths from its root:
  // a patch given a relative folder would then change nothing, and say nothing.
  const where = path.resolve(folder);
  const run = spawnSync('git', ['apply', ...(reverse ? ['-R'] : []), '--whitespace=nowarn', '-'], {
    cwd: where,
    input: diff,
    encoding: 'utf8',
    // The folder may sit inside a repository's working tree (a copy in this one): keep git
    // from treating it as part of it.
    env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(where) },
  });
  if (run.error) return { reason: run.error.message, couldNotRun: true };
  if (run.status === 0) return undefined;
  return { reason: (run.stderr || '').trim().split('\n')[0], couldNotRun: false };
}
