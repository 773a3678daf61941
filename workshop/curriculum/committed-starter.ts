import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyCommitted } from '../committed-copy';
import { repoRoot } from '../paths';
import { type Step, stepFolder } from './manifest';

/**
 * A learner file's starter as git holds it: at `HEAD`, or `staged` (git's index: HEAD, unless
 * a maintainer has staged a change to the starter). The learner edits the file in place, so
 * the working tree no longer has the starter. An Error says why git could not give it.
 */
export function committedStarter(
  step: Step,
  file: string,
  from: 'HEAD' | 'staged' = 'HEAD',
): Buffer | Error {
  const gitPath = path.posix.join('steps', step.slug, file);
  const run = spawnSync('git', ['show', `${from === 'HEAD' ? 'HEAD' : ''}:${gitPath}`], {
    cwd: repoRoot,
    maxBuffer: 10 * 1024 * 1024,
  });
  if (run.error) return new GitMissing(`git was not found (${run.error.message})`);
  if (run.status !== 0)
    return new Error(
      `git has no ${from === 'HEAD' ? 'committed' : 'staged'} ${gitPath}: ${run.stderr.toString().trim()}`,
    );
  return run.stdout;
}

/** git is not installed, or not on the PATH. */
export class GitMissing extends Error {}

/**
 * Copies a step folder to `target` as shipped: every file as git's index has it (staged or
 * committed), not as a learner may have edited or solved it. Returns notes on what it could not do that way, one line each, and the
 * learner files whose working copy differs from git's.
 */
export function copyCommittedStarter(
  step: Step,
  target: string,
): { notes: string[]; edited: string[] } {
  const notes: string[] = [];
  const edited: string[] = [];
  // Carried files and tests as git's index has them too: a learner may edit one in place.
  copyCommitted(`steps/${step.slug}`, target);
  for (const file of step.learnerFiles) {
    const committed = committedStarter(step, file, 'staged');
    if (committed instanceof Error) {
      notes.push(`steps/${step.slug}/${file}: ${committed.message}; the file is taken as it is.`);
      continue;
    }
    const copy = path.join(target, file);
    if (existsSync(copy) && !readFileSync(copy).equals(committed))
      edited.push(`steps/${step.slug}/${file}`);
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(copy, committed);
  }
  return { notes, edited };
}

/**
 * A step file as the workshop ships it: a learner file's starter as git has it (staged or
 * committed; the working tree's when git cannot say), any other file as it is.
 */
export function shippedStepFile(step: Step, file: string): Buffer | undefined {
  if (step.learnerFiles.includes(file)) {
    const committed = committedStarter(step, file, 'staged');
    if (!(committed instanceof Error)) return committed;
  }
  const onDisk = path.join(stepFolder(step), file);
  return existsSync(onDisk) ? readFileSync(onDisk) : undefined;
}
