import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../serverless/framework';
import { answerFolder, stepFolder, type Step } from '../steps/manifest';
import { UserError } from './output';

/**
 * The starter of a learner file as the repository holds it (git HEAD): the learner edits
 * the file in place, so the working tree no longer has it.
 */
export function starterContent(step: Step, file: string): Buffer {
  const gitPath = path.posix.join('steps', step.slug, file);
  const run = spawnSync('git', ['show', `HEAD:${gitPath}`], { cwd: repoRoot, maxBuffer: 10 * 1024 * 1024 });
  if (run.error) throw new UserError(`reset needs git, which was not found: ${run.error.message}. Download the workshop again to get the starter back.`);
  if (run.status !== 0) throw new UserError(`git has no committed ${gitPath}: ${run.stderr.toString().trim()}`);
  return run.stdout;
}

export function answerContent(step: Step, file: string): Buffer {
  return readFileSync(path.join(answerFolder(step), file));
}

/**
 * Copies the learner's current files of a step into a new, timestamped folder under
 * .workshop/backups (git-ignored) and returns that folder. Missing files are skipped.
 */
export function backupLearnerFiles(step: Step, reason: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const folder = path.join(repoRoot, '.workshop', 'backups', `${stamp}-${reason}-${step.slug}`);
  mkdirSync(folder, { recursive: true });
  for (const file of step.learnerFiles) {
    const source = path.join(stepFolder(step), file);
    if (existsSync(source)) cpSync(source, path.join(folder, file), { recursive: true });
  }
  return folder;
}
