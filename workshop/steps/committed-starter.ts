import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../serverless/framework';
import type { Step } from './manifest';

/**
 * A learner file's starter as git holds it: at `HEAD`, or `staged` (git's index: HEAD, unless
 * a maintainer has staged a change to the starter). The learner edits the file in place, so
 * the working tree no longer has the starter. An Error says why git could not give it.
 */
export function committedStarter(step: Step, file: string, from: 'HEAD' | 'staged' = 'HEAD'): Buffer | Error {
  const gitPath = path.posix.join('steps', step.slug, file);
  const run = spawnSync('git', ['show', `${from === 'HEAD' ? 'HEAD' : ''}:${gitPath}`], { cwd: repoRoot, maxBuffer: 10 * 1024 * 1024 });
  if (run.error) return new GitMissing(`git was not found (${run.error.message})`);
  if (run.status !== 0) return new Error(`git has no ${from === 'HEAD' ? 'committed' : 'staged'} ${gitPath}: ${run.stderr.toString().trim()}`);
  return run.stdout;
}

/** git is not installed, or not on the PATH. */
export class GitMissing extends Error {}
