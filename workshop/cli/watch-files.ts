import { existsSync, type FSWatcher, statSync, unwatchFile, watch, watchFile } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';

/**
 * Calls `onChange` (debounced) when one of `files` (absolute paths) is saved. Watches the
 * folders that hold them, one level each (not a step folder recursively: its build folders
 * came and went under the watcher and crashed it), so a save that replaces the file (write a
 * temporary file, rename it over the original) is seen like one in place. A watcher that
 * fails is started again; one that cannot be is replaced by polling, and `onFallback` says why.
 * `alsoNamed` accepts other names in those folders too: a file the learner adds to `src/`.
 */
export function watchFiles(
  files: string[],
  onChange: () => void,
  onFallback: (reason: string) => void,
  alsoNamed: (name: string) => boolean = () => false,
): () => void {
  const byDirectory = new Map<string, Set<string>>();
  for (const full of files) {
    const names = byDirectory.get(path.dirname(full)) ?? new Set<string>();
    names.add(path.basename(full));
    byDirectory.set(path.dirname(full), names);
  }
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let stopPolling: (() => void) | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, 150);
  };
  const watchers = new Map<string, { watcher: FSWatcher; inode: number }>();

  const fallBack = (reason: string) => {
    if (stopPolling || stopped) return;
    for (const { watcher } of watchers.values()) watcher.close();
    watchers.clear();
    clearInterval(check);
    onFallback(reason);
    stopPolling = pollFiles(files, onChange);
  };
  const start = (directory: string, names: Set<string>): void => {
    watchers.get(directory)?.watcher.close();
    watchers.delete(directory);
    // A folder not there (yet): the check below starts its watcher once it is.
    if (!existsSync(directory)) return;
    try {
      const watcher = watch(directory, (_event, name) => {
        if (name === null || names.has(name.toString()) || alsoNamed(name.toString())) changed();
      });
      watcher.on('error', (error) => restart(directory, names, error));
      watchers.set(directory, { watcher, inode: statSync(directory).ino });
    } catch (error) {
      restart(directory, names, error as Error);
    }
  };
  const failures = new Map<string, number>();
  const restart = (directory: string, names: Set<string>, error: Error) => {
    if (stopped) return;
    const count = (failures.get(directory) ?? 0) + 1;
    failures.set(directory, count);
    if (count > 5)
      return fallBack(
        `watching ${path.relative(repoRoot, directory) || 'the repository'} failed (${error.message})`,
      );
    setTimeout(() => {
      if (stopped || stopPolling) return;
      start(directory, names);
      changed();
    }, 200);
  };
  for (const [directory, names] of byDirectory) start(directory, names);
  // A folder removed and made again (git checkout, a reset, an editor that rewrites the
  // folder) leaves its watcher on the old one, silently, and one renamed away says nothing
  // of the files it took: look every second.
  const check = setInterval(() => {
    for (const [directory, names] of byDirectory) {
      let inode: number | undefined;
      try {
        inode = statSync(directory).ino;
      } catch {
        inode = undefined;
      }
      const current = watchers.get(directory);
      if (inode === undefined && current !== undefined) {
        current.watcher.close();
        watchers.delete(directory);
        changed();
      } else if (inode !== undefined && (current === undefined || current.inode !== inode)) {
        start(directory, names);
        changed();
      }
    }
  }, 1000);
  check.unref();

  return () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(check);
    for (const { watcher } of watchers.values()) watcher.close();
    stopPolling?.();
  };
}

/** The same by polling each file's modification time (file systems without events). */
export function pollFiles(files: string[], onChange: () => void): () => void {
  const listener = (
    current: { mtimeMs: number; ino: number },
    previous: { mtimeMs: number; ino: number },
  ) => {
    if (current.mtimeMs !== previous.mtimeMs || current.ino !== previous.ino) onChange();
  };
  for (const file of files) watchFile(file, { interval: 300 }, listener);
  return () => {
    for (const file of files) unwatchFile(file, listener);
  };
}
