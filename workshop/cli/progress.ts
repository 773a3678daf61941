import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../serverless/framework';

/** What the CLI remembers for this learner: git-ignored, local, never required. */
export interface Progress {
  /** Hints shown so far, by step slug. */
  hintsShown: Record<string, number>;
}

export const progressPath = path.join(repoRoot, '.workshop', 'progress.json');

/** The saved progress, or a fresh one when the file is missing or not readable as progress. */
export function loadProgress(): Progress {
  try {
    const raw = JSON.parse(readFileSync(progressPath, 'utf8')) as Partial<Progress>;
    const hintsShown = Object.fromEntries(
      Object.entries(raw.hintsShown ?? {}).filter(([, count]) => Number.isInteger(count) && (count as number) >= 0),
    ) as Record<string, number>;
    return { hintsShown };
  } catch {
    return { hintsShown: {} };
  }
}

export function saveProgress(progress: Progress): void {
  mkdirSync(path.dirname(progressPath), { recursive: true });
  // Write then rename, so an interrupted write never leaves half a file behind.
  const temporary = `${progressPath}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ $comment: 'Kept by npm run workshop. Safe to delete.', ...progress }, null, 2)}\n`);
  renameSync(temporary, progressPath);
}
