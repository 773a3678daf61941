import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { carriedFiles } from '../../curriculum/carried-files';
import type { Step } from '../../curriculum/manifest';
import { repoRoot } from '../../paths';

export interface SyncReport {
  /** `from → to`, relative to the repo, one per file copied. */
  copied: string[];
  /** Files that held changes git does not have, and where each was kept before the copy. */
  kept: Array<{ file: string; backup: string }>;
}

/**
 * Makes every copy by design match what it copies (carriedFiles: later steps, the solution),
 * in order, so a change to one step's answer reaches every step after it. Idempotent. A copy
 * whose content git cannot give back (someone's edits, not committed or staged) is kept under
 * .workshop/backups before it is overwritten: a learner's or a maintainer's work is never lost.
 */
export function syncCarriedFiles(steps: Step[]): SyncReport {
  const root = repoRoot;
  const report: SyncReport = { copied: [], kept: [] };
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backups = path.join(root, '.workshop', 'backups', `${stamp}-sync`);
  for (const carried of carriedFiles(steps, root)) {
    const wanted = readFileSync(carried.source);
    if (wanted.equals(readFileSync(carried.copy))) continue;
    if (!gitCanGiveBack(root, carried.copyName, readFileSync(carried.copy))) {
      const backup = path.join(backups, carried.copyName);
      mkdirSync(path.dirname(backup), { recursive: true });
      copyFileSync(carried.copy, backup);
      report.kept.push({ file: carried.copyName, backup: path.relative(root, backup) });
    }
    copyFileSync(carried.source, carried.copy);
    report.copied.push(`${relative(root, carried.source)} → ${carried.copyName}`);
  }
  return report;
}

/** Whether git's index (what is committed, or staged) holds `file` as it is now. */
function gitCanGiveBack(root: string, file: string, content: Buffer): boolean {
  const shown = spawnSync('git', ['show', `:${file}`], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return shown.status === 0 && shown.stdout.equals(content);
}

const relative = (root: string, file: string) =>
  path.relative(root, file).split(path.sep).join('/');

export function sync(steps: Step[]): number {
  const report = syncCarriedFiles(steps);
  for (const line of report.copied) console.log(`copied ${line}`);
  for (const { file, backup } of report.kept)
    console.log(`${file} had changes git does not have: kept in ${backup}`);
  console.log(
    report.copied.length === 0
      ? 'sync: every copy already matches what it copies.'
      : `sync: ${report.copied.length} file${report.copied.length > 1 ? 's' : ''} updated. Check them with: npm run dev -- check`,
  );
  return 0;
}
