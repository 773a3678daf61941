import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copySolvedStep } from '../../solved-step';

/** File (relative to the step folder) → its new content from the old. */
export type Edits = Record<string, (text: string) => string>;

/**
 * A temporary copy of a step as shipped (git's, never a learner's edits) with its reference
 * answer laid over it and `edits` applied: a service as a learner might have written it.
 * `remove` deletes it.
 */
export function answeredCopy(
  slug: string,
  edits: Edits = {},
): { folder: string; remove: () => void } {
  const folder = mkdtempSync(path.join(os.tmpdir(), `answered-${slug}-`));
  copySolvedStep(slug, folder);
  applyEdits(folder, edits);
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Rewrites each file of `edits` in `folder` from its content. */
export function applyEdits(folder: string, edits: Edits): void {
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(folder, file);
    writeFileSync(full, edit(readFileSync(full, 'utf8')));
  }
}
