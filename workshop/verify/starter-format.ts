import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { shippedStepFile } from '../curriculum/committed-starter';
import type { Step } from '../curriculum/manifest';
import { repoRoot } from '../paths';

/**
 * `npm run lint` leaves out the learner's files (biome.json): a learner who saved a file in
 * their own style must still see `npm test` pass. The starters as shipped are held to the
 * same format here instead, read from git as verify reads them. One line per starter that
 * Biome would rewrite; an empty list when all are as Biome writes them.
 */
export function unformattedStarters(step: Step, root = repoRoot): string[] {
  const problems: string[] = [];
  for (const file of step.learnerFiles.filter((name) => /\.[jt]s$/.test(name))) {
    const starter = shippedStepFile(step, file);
    if (starter === undefined) continue;
    const shown = path.posix.join('steps', step.slug, file);
    const formatted = biomeFormatted(starter.toString('utf8'), file, root);
    if (formatted instanceof Error) problems.push(`${shown}: ${formatted.message}`);
    else if (formatted !== starter.toString('utf8')) {
      problems.push(
        `${shown} (a starter) is not formatted as Biome writes it: run npm run dev -- format, then git add it.`,
      );
    }
  }
  return problems;
}

/**
 * What `biome format` makes of `text`, the learner file `file`. Biome is told it is a file of
 * that name at the root: the starter's own path is one biome.json leaves out, and Biome passes
 * ignored files through untouched.
 */
export function biomeFormatted(text: string, file: string, root = repoRoot): string | Error {
  const biome = require.resolve('@biomejs/biome/bin/biome', { paths: [root] });
  const name = path.posix.basename(file);
  const run = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${name}`], {
    cwd: root,
    input: text,
    encoding: 'utf8',
  });
  if (run.status !== 0) return new Error(`Biome could not format it: ${run.stderr.trim()}`);
  return run.stdout;
}
