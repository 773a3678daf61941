import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { copyCommitted } from './committed-copy';
import { repoRoot } from './paths';

/** The folder beside an answer's files that holds its wrong answers, as patches: never part of it. */
export const WRONG_ANSWERS_FOLDER = 'wrong';

export interface SolvedStepOptions {
  /**
   * Where the step folder's files come from. `index` (the default): as git's index has them,
   * committed or staged, never a learner's edits in place; what verify and the tests judge.
   * `disk`: as they are, a maintainer's unstaged edits too, but not what git ignores (build
   * output): what mutation hashes and measures.
   */
  stepFiles?: 'index' | 'disk';
  /** The repository the step lives in. */
  root?: string;
}

/**
 * Lays out `target` as step `slug` solved: the step folder (its carried files and tests),
 * then its reference answer's files over the learner's, without the wrong answers kept
 * beside them. What verify, mutation, the front door's tests and cfn-lint all judge.
 */
export function copySolvedStep(
  slug: string,
  target: string,
  { stepFiles = 'index', root = repoRoot }: SolvedStepOptions = {},
): void {
  const step = path.posix.join('steps', slug);
  if (stepFiles === 'index') copyCommitted(step, target, root);
  else copyAsOnDisk(step, target, root);
  const answer = path.join(root, 'answers', slug);
  cpSync(answer, target, {
    recursive: true,
    filter: (source) => path.relative(answer, source) !== WRONG_ANSWERS_FOLDER,
  });
}

/** `folder`'s files as they are, those git tracks or would (not the ignored); without git, all. */
function copyAsOnDisk(folder: string, target: string, root: string): void {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', folder],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  if (listed.error || listed.status !== 0) {
    cpSync(path.join(root, folder), target, { recursive: true });
    return;
  }
  // A file deleted but not yet staged is listed (--cached) and absent: it is not on the disk.
  const files = new Set(listed.stdout.toString('utf8').split('\0').filter(Boolean));
  for (const file of [...files].filter((each) => existsSync(path.join(root, each)))) {
    const copy = path.join(target, path.relative(folder, file));
    mkdirSync(path.dirname(copy), { recursive: true });
    copyFileSync(path.join(root, file), copy);
  }
}
