import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerFolder, type Step } from '../curriculum/manifest';

/**
 * The diff that turns a step's reference answer into `edited` (learner file → its text),
 * with paths relative to the answer folder, as `git apply` in a copy of the step with its
 * answer laid over it takes it (answers/NN-slug/wrong/*.patch). Empty when nothing differs.
 * git makes it, in a throw-away repository of the answer's files: its format, whatever the
 * maintainer's git configuration says about prefixes, colours or line endings.
 */
export function answerDiff(step: Step, edited: Record<string, string>): string {
  const scratch = mkdtempSync(path.join(os.tmpdir(), `answer-diff-${step.slug}-`));
  const git = (args: string[]) => {
    const run = spawnSync(
      'git',
      [
        '-c',
        'core.autocrlf=false',
        '-c',
        'diff.noprefix=false',
        '-c',
        'diff.mnemonicPrefix=false',
        ...args,
      ],
      { cwd: scratch, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (run.error) throw new Error(`git could not run: ${run.error.message}`);
    if (run.status !== 0) throw new Error(`git ${args[0]} failed: ${run.stderr.trim()}`);
    return run.stdout;
  };
  const write = (file: string, text: string) => {
    const full = path.join(scratch, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  try {
    git(['init', '-q']);
    const files = Object.keys(edited);
    for (const file of files)
      write(file, readFileSync(path.join(answerFolder(step), file), 'utf8'));
    git(['add', '--', ...files]);
    for (const file of files) write(file, edited[file]);
    return git(['diff', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/']);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
