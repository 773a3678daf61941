import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Step, stepFolder } from '../curriculum/manifest';
import { stepFiles } from '../curriculum/step-files';
import { repoRoot } from '../paths';

/** The last test result of a step, valid while its files hash to `filesHash`. */
export interface StepResult {
  filesHash: string;
  passed: number;
  total: number;
}

/** What the CLI remembers for this learner: git-ignored, local, and never required. */
export interface Progress {
  /** Hints shown so far, by step slug. */
  hintsShown: Record<string, number>;
  /** Last test results, by step slug. */
  results: Record<string, StepResult>;
}

export const progressPath = path.join(repoRoot, '.workshop', 'progress.json');

/**
 * The saved progress. A missing, unreadable or hand-mangled file gives a fresh start, and
 * any entry that is not what we wrote is dropped: results are rebuilt by running tests.
 */
export function loadProgress(): Progress {
  let raw: Partial<Progress> = {};
  try {
    raw = JSON.parse(readFileSync(progressPath, 'utf8')) as Partial<Progress>;
  } catch {
    // Fresh start.
  }
  const hintsShown: Record<string, number> = {};
  for (const [slug, count] of Object.entries(isRecord(raw.hintsShown) ? raw.hintsShown : {})) {
    if (Number.isInteger(count) && count >= 0) hintsShown[slug] = count;
  }
  const results: Record<string, StepResult> = {};
  for (const [slug, result] of Object.entries(isRecord(raw.results) ? raw.results : {})) {
    if (
      isRecord(result) &&
      typeof result.filesHash === 'string' &&
      Number.isInteger(result.passed) &&
      Number.isInteger(result.total)
    ) {
      results[slug] = {
        filesHash: result.filesHash,
        passed: result.passed as number,
        total: result.total as number,
      };
    }
  }
  return { hintsShown, results };
}

export function saveProgress(progress: Progress): void {
  mkdirSync(path.dirname(progressPath), { recursive: true });
  // Write then rename, so an interrupted write never leaves half a file behind.
  const temporary = `${progressPath}.${process.pid}.tmp`;
  writeFileSync(
    temporary,
    `${JSON.stringify({ $comment: 'Kept by npm run workshop. Safe to delete: it is rebuilt from test results.', ...progress }, null, 2)}\n`,
  );
  renameSync(temporary, progressPath);
}

/**
 * A fingerprint of a step's files: the learner's (a missing one counts too) and every other
 * file its tests load, so a result is remembered only while none of them changes.
 */
export function stepFilesHash(step: Step, root = repoRoot): string {
  const hash = createHash('sha256');
  const folder = stepFolder(step, root);
  const files = new Set([
    ...step.learnerFiles.map((file) => path.join(folder, file)),
    ...stepFiles(folder),
  ]);
  for (const full of [...files].sort()) {
    const name = path.relative(folder, full).split(path.sep).join('/');
    hash.update(`${name}\0${existsSync(full) ? readFileSync(full) : '(missing)'}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The remembered result of a step, if none of its files has changed since. */
export function currentResult(progress: Progress, step: Step): StepResult | undefined {
  const result = progress.results[step.slug];
  return result && result.filesHash === stepFilesHash(step) ? result : undefined;
}

export function recordResult(step: Step, passed: number, total: number): StepResult {
  const progress = loadProgress();
  const result = { filesHash: stepFilesHash(step), passed, total };
  progress.results[step.slug] = result;
  saveProgress(progress);
  return result;
}

export const isDone = (result: StepResult | undefined) =>
  result !== undefined && result.total > 0 && result.passed === result.total;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
