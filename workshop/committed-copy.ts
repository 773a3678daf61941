import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

/**
 * Copies `folder` (relative to the repository `root`) to `target` as git's index holds it:
 * what is committed or staged, not what a learner has since edited in place. Without git (an
 * export of the repository), the folder as it is.
 */
export function copyCommitted(folder: string, target: string, root: string = repoRoot): void {
  const git = (args: string[]) =>
    spawnSync('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const listed = git(['ls-files', '-z', '--', folder]);
  if (listed.error || listed.status !== 0) {
    cpSync(path.join(root, folder), target, { recursive: true });
    return;
  }
  for (const file of listed.stdout.toString('utf8').split('\0').filter(Boolean)) {
    const content = git(['show', `:${file}`]);
    if (content.status !== 0) throw new Error(`git cannot show ${file}: ${content.stderr}`);
    const copy = path.join(target, path.relative(folder, file));
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(copy, content.stdout);
  }
}
