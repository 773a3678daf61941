import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchFiles } from './watch-files';

// The saves watch mode must notice that are not a write to the file: its folder renamed away
// (the learner's files gone with it), then back.

let root: string;
let stop: () => void = () => undefined;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'workshop-watch-files-'));
});
afterEach(() => {
  stop();
  rmSync(root, { recursive: true, force: true });
});

/** Resolves once `count()` reaches `at_least`; fails after `timeoutMs` (a missed event), not sooner. */
async function reaches(count: () => number, atLeast: number, timeoutMs = 30_000): Promise<void> {
  for (let waited = 0; count() < atLeast; waited += 50) {
    if (waited > timeoutMs) throw new Error(`saw ${count()} changes, waited for ${atLeast}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('watchFiles', () => {
  it('calls back when the folder of a watched file is renamed away, and again when it is back', async () => {
    const folder = path.join(root, 'src');
    mkdirSync(folder);
    const file = path.join(folder, 'handler.ts');
    writeFileSync(file, 'export {};\n');
    let changes = 0;
    stop = watchFiles(
      [file],
      () => changes++,
      () => undefined,
    );
    renameSync(folder, path.join(root, 'source'));
    await reaches(() => changes, 1);
    const seen = changes;
    renameSync(path.join(root, 'source'), folder);
    await reaches(() => changes, seen + 1);
  }, 90_000);

  it('calls back once the folder of a watched file, missing at the start, and the file appear', async () => {
    const file = path.join(root, 'src', 'handler.ts');
    let changes = 0;
    let fellBack = false;
    stop = watchFiles(
      [file],
      () => changes++,
      () => {
        fellBack = true;
      },
    );
    mkdirSync(path.join(root, 'src'));
    writeFileSync(file, 'export {};\n');
    await reaches(() => changes, 1);
    expect(fellBack).toBe(false);
  }, 90_000);
});
