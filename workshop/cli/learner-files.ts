import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { committedStarter, GitMissing } from '../curriculum/committed-starter';
import { answerFolder, type Step, stepFolder } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { UserError } from './output';

/** The starter of a learner file as git HEAD holds it (see committedStarter). */
export function starterContent(step: Step, file: string): Buffer {
  const starter = committedStarter(step, file);
  if (starter instanceof Error) {
    throw new UserError(
      starter instanceof GitMissing
        ? `reset needs git: ${starter.message}. Download the workshop again to get the starter back.`
        : starter.message,
    );
  }
  return starter;
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
