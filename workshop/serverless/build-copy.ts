import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import { acquireLock } from './file-lock';

/** What the framework and its plugins write into a service folder. */
export const BUILD_OUTPUT = new Set(['.esbuild', '.serverless', 'node_modules']);

const stepsRoot = path.join(repoRoot, 'steps');
export const buildRoot = path.join(repoRoot, '.workshop', 'build');

/**
 * The folder to run the framework in for the service in `folder`. A step folder is copied
 * (tests and build output left out) to `.workshop/build/<step>/<purpose>` first, and the
 * framework runs there: serverless-esbuild writes `.esbuild/` and the framework
 * `.serverless/` into the folder it runs in, and inside a step folder they crashed the
 * learner's watcher and deleted the learner's own `serverless package` output. Any other
 * folder (the solution, verify's copies under .workshop) is used as it is.
 *
 * One copy per purpose, so that serverless-offline kept running for `serve N --offline` and a package run
 * by the tests never share a build folder.
 */
export function frameworkFolder(folder: string, purpose: string): string {
  const relative = path.relative(stepsRoot, folder);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return folder;
  const copy = path.join(buildRoot, relative, purpose);
  syncServiceCopy(folder, copy);
  return copy;
}

/** Makes `copy` hold the service files of `folder` (not its tests), keeping its build output. */
export function syncServiceCopy(folder: string, copy: string): void {
  mkdirSync(copy, { recursive: true });
  for (const name of readdirSync(copy))
    if (!BUILD_OUTPUT.has(name)) rmSync(path.join(copy, name), { recursive: true, force: true });
  for (const name of readdirSync(folder)) {
    if (BUILD_OUTPUT.has(name) || name === 'test') continue;
    cpSync(path.join(folder, name), path.join(copy, name), {
      recursive: true,
      filter: (source) => !BUILD_OUTPUT.has(path.basename(source)),
    });
  }
}

/** The build folders a framework run makes in the folder it runs in. */
const RUN_OUTPUT = ['.esbuild', '.serverless'];

/**
 * Holds the folder's build (serverless-esbuild's .esbuild/) for one framework run: a package
 * waits for serverless-offline serving the same folder to stop, and the other way round,
 * instead of one deleting the other's build. Returns the release, which also removes the
 * build folders the run made: serverless-esbuild removes its .esbuild/ after a package that
 * succeeds, but not after serverless-offline stops nor after a package that fails, and runs
 * in the solution's and the workshop's own service folders left them in the tree.
 */
export async function lockBuildFolder(folder: string): Promise<() => void> {
  const locks = path.join(repoRoot, '.workshop', 'locks');
  mkdirSync(locks, { recursive: true });
  const lock = path.join(
    locks,
    `${createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 16)}.lock`,
  );
  const release = await acquireLock(
    lock,
    () =>
      `Waiting for another framework run in ${path.relative(repoRoot, folder) || 'the repository'} to end (serverless-offline, e.g. npm run serve -- --offline, or a package)`,
  );
  // Checked once the lock is held: no other run of ours can be building there now.
  const made = RUN_OUTPUT.map((name) => path.join(folder, name)).filter(
    (full) => !existsSync(full),
  );
  let released = false;
  return () => {
    // Once only: a second call must not remove what the next run, holding the lock, builds.
    if (released) return;
    released = true;
    for (const full of made) rmSync(full, { recursive: true, force: true });
    release();
  };
}
