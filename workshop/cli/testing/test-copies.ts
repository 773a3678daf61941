import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { makeRepoCopy, type RepoCopy } from './repo-copy';

export interface TestCopies {
  /** The copy the running test works in: its describe's shared one, else its own, made on first use. */
  copy: () => RepoCopy;
  /**
   * Call in a describe whose tests change nothing in the copy (messages, help): they share
   * one, checked afterwards to be as it was made, so that no test passes on what another
   * left behind.
   */
  shareOneCopy: () => void;
}

/** The copies of the repository a test file's tests run in; call at the top of the file. */
export function testCopies(options: Parameters<typeof makeRepoCopy>[0] = {}): TestCopies {
  let shared: RepoCopy | undefined;
  let own: RepoCopy | undefined;
  afterEach(() => {
    own?.remove();
    own = undefined;
  });
  return {
    copy: () => {
      if (shared) return shared;
      own ??= makeRepoCopy(options);
      return own;
    },
    shareOneCopy: () => {
      // What its .workshop folder holds as made: the CLI's bundle and the caches it starts with.
      let madeWith: string[] = [];
      beforeAll(() => {
        shared = makeRepoCopy(options);
        madeWith = workshopFolderOf(shared);
      });
      afterAll(() => {
        const left = shared as RepoCopy;
        shared = undefined;
        try {
          expect(changesIn(left)).toEqual({ git: '', workshopFolder: madeWith });
        } finally {
          left.remove();
        }
      });
    },
  };
}

/** What git sees changed in a copy, and what its (git-ignored) .workshop folder holds. */
function changesIn(copy: RepoCopy): { git: string; workshopFolder: string[] } {
  return {
    git: spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], {
      cwd: copy.root,
      encoding: 'utf8',
    }).stdout,
    workshopFolder: workshopFolderOf(copy),
  };
}

function workshopFolderOf(copy: RepoCopy): string[] {
  return readdirSync(path.join(copy.root, '.workshop'), { recursive: true })
    .map((entry) => String(entry).split(path.sep).join('/'))
    .sort();
}
