import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Step, stepFolder } from '../../curriculum/manifest';
import { repoRoot } from '../../paths';
import { biomeFormatted } from '../../verify/starter-format';

/**
 * Formats and fixes the whole tree with Biome (`biome check --write .`), then the learner
 * files of every step, which biome.json leaves out so that a learner's own style never fails
 * `npm test`: a maintainer's starters are held to the house style by verify instead.
 */
export function format(steps: Step[]): number {
  const biome = require.resolve('@biomejs/biome/bin/biome', { paths: [repoRoot] });
  const tree = spawnSync(process.execPath, [biome, 'check', '--write', '.'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  const rewritten: string[] = [];
  for (const step of steps) {
    for (const file of step.learnerFiles.filter((name) => /\.[jt]s$/.test(name))) {
      const full = path.join(stepFolder(step), file);
      if (!existsSync(full)) continue;
      const text = readFileSync(full, 'utf8');
      const formatted = biomeFormatted(text, file);
      if (formatted instanceof Error) {
        console.error(`${path.relative(repoRoot, full)}: ${formatted.message}`);
        return 1;
      }
      if (formatted !== text) {
        writeFileSync(full, formatted);
        rewritten.push(path.relative(repoRoot, full));
      }
    }
  }
  console.log(
    rewritten.length === 0
      ? 'Every learner file is already formatted.'
      : `Formatted learner files: ${rewritten.join(', ')}`,
  );
  return tree.status ?? 1;
}
