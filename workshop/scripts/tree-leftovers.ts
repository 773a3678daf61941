import { spawnSync } from 'node:child_process';
import { repoRoot } from '../paths';

/**
 * What `npm test` may leave in the tree: the installed packages, and `.workshop/`, the cache
 * of packages, build copies and the CLI's bundle, which is meant to persist between runs.
 */
const KEPT = [/^node_modules\//, /\/node_modules\//, /^\.workshop\//];

/**
 * The untracked and ignored paths of the tree, and the changed tracked files, as
 * `git status --porcelain --ignored` lists them; undefined without git (a downloaded copy).
 */
export function treeStatus(root = repoRoot): string[] | undefined {
  const run = spawnSync('git', ['status', '--porcelain', '--ignored'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) return undefined;
  return run.stdout.split('\n').filter((line) => line.trim() !== '');
}

/** The entries of `after` that `before` did not have, but those meant to stay. */
export function leftovers(before: string[], after: string[]): string[] {
  const had = new Set(before);
  return after.filter((line) => !had.has(line) && !KEPT.some((kept) => kept.test(line.slice(3))));
}
