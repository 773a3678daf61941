import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// What `npm run dev -- new` and `new-wrong` refuse, and the one line that says why, run in
// this process (a process per case cost half a second of CPU each) on a copy of the
// curriculum that each refusal must leave as it was. dev.integration.test.ts runs one of
// each in a real process: one red line on stderr, exit 1.

const CURRICULUM = ['steps', 'answers', 'docs'];
// Not imported from ../paths: that module must load below, with the copy as its root.
const checkout = path.resolve(__dirname, '..', '..');
const root = mkdtempSync(path.join(os.tmpdir(), 'workshop-dev-mistakes-'));
for (const folder of CURRICULUM)
  cpSync(path.join(checkout, folder), path.join(root, folder), { recursive: true });
// The commands' modules resolve their packages from the root.
symlinkSync(
  path.join(checkout, 'node_modules'),
  path.join(root, 'node_modules'),
  process.platform === 'win32' ? 'junction' : 'dir',
);
// The commands read the repository's root when they load: this copy's, for this file only.
process.env.WORKSHOP_REPO_ROOT = root;
const { runCommand } = require('../cli/command-line') as typeof import('../cli/command-line');
const { UserError } = require('../cli/output') as typeof import('../cli/output');
const { loadSteps } = require('../curriculum/manifest') as typeof import('../curriculum/manifest');
const { devCommandLine } = require('./command-table') as typeof import('./command-table');
const { repoRoot } = require('../paths') as typeof import('../paths');
delete process.env.WORKSHOP_REPO_ROOT;
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of the copy, with its content. */
function contents(): Map<string, string> {
  return new Map(
    CURRICULUM.flatMap((folder) =>
      readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = path.join(entry.parentPath, entry.name);
          return [path.relative(root, file), readFileSync(file, 'utf8')] as const;
        }),
    ),
  );
}

describe('npm run dev -- new and new-wrong refuse a mistake with one line, and change nothing', () => {
  it.each([
    [
      ['new', 'Not A Slug', 'T'],
      '"Not A Slug" is not a slug: lower-case letters, digits and dashes, like "return-404".',
    ],
    [['new', 'read-the-request'], 'The step needs a title, in quotes.'],
    [
      ['new', 'x', 'T', 'extra'],
      'Unexpected argument "extra". Usage: npm run dev -- new <slug> "<title>"',
    ],
    [
      ['new-wrong', '3', 'Not A Name'],
      '"Not A Name" is not a name for a wrong answer: lower-case letters, digits and dashes that say what is wrong, like "the-wrong-status".',
    ],
    [
      ['new-wrong', '3', 'the-wrong-status-code'],
      'answers/03-return-400/wrong/the-wrong-status-code.patch already exists: pick another name, or delete it first.',
    ],
    [['new-wrong', '99', 'x'], `No step "99". Steps: 1 to ${loadSteps().length}.`],
    [
      ['new-wrong', '3'],
      'Name the step and the wrong answer, e.g. npm run dev -- new-wrong 3 the-wrong-status.',
    ],
  ])('%j', async (args, message) => {
    expect(repoRoot).toBe(root);
    const before = contents();
    const refusal = runCommand(devCommandLine, args);
    await expect(refusal).rejects.toBeInstanceOf(UserError);
    await expect(refusal).rejects.toHaveProperty('message', message);
    expect(contents()).toEqual(before);
  });
});
