import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * Waits until this process holds the lock file, and returns its release. A lock left by a
 * process that is gone is taken over. For work that must not run twice at once across
 * processes: packaging the same thing, or two framework runs building in one folder.
 */
export async function acquireLock(
  lock: string,
  waiting: () => string,
  pollMs = 100,
): Promise<() => void> {
  for (let waited = 0; !takeLock(lock); waited += pollMs) {
    // Say once why nothing happens, e.g. an `npm run serve` holds the folder.
    if (waited === 3000) console.error(`${waiting()} (process ${readOrEmpty(lock) || 'unknown'})…`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    rmSync(lock, { force: true });
  };
}

/** Takes the lock file for this process; false while a live process holds it. */
export function takeLock(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    const owner = Number(readOrEmpty(lock));
    // A lock just made may not have its pid written yet.
    const held =
      Number.isInteger(owner) && owner > 0 ? isAlive(owner) : Date.now() - modifiedAt(lock) < 5000;
    // Left by a process that is gone: clear it, and try again.
    if (!held) rmSync(lock, { force: true });
    return false;
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
