import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { filesBelow } from '../curriculum/carried-files';
import { type Step, stepFolder } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { equivalentsOf, type Target } from './targets';

/** How the runs are made: a change here can change every score. */
const RUN_CONFIG = [
  'workshop/mutation/jest.config.js',
  'workshop/mutation/mark-equivalents.ts',
  'workshop/mutation/stryker-config.ts',
];

/**
 * The files a target's score depends on, relative to the repo root: what the run copies
 * (the step folder with its tests, the answer over it; the solution's src and test) and how
 * it runs them. The workshop's own modules the tests import (the API Gateway model, the
 * fixtures) are left out: they change often, and their own tests guard them; a full run
 * (`npm run mutation -- --full`) measures them too.
 */
export function inputFiles(steps: Step[], target: Target): string[] {
  const below = (folder: string) =>
    filesBelow(path.join(repoRoot, folder)).map((file) => `${folder}/${file}`);
  if (target.name === 'solution')
    return [...below('solution/src'), ...below('solution/test'), ...RUN_CONFIG];
  const step = steps.find((each) => each.slug === target.name) as Step;
  const learner = new Set(step.learnerFiles);
  const stepFiles = filesBelow(stepFolder(step))
    .filter((file) => !learner.has(file))
    .map((file) => `steps/${step.slug}/${file}`);
  const answerFiles = step.learnerFiles
    .map((file) => `${target.source}/${file}`)
    .filter((file) => existsSync(path.join(repoRoot, file)));
  return [...stepFiles, ...answerFiles, ...RUN_CONFIG].sort();
}

/**
 * A short hash of those files' names and contents (line endings as LF: a Windows checkout
 * agrees) and of the target's equivalent mutants.
 */
export function inputsHash(steps: Step[], target: Target): string {
  const hash = createHash('sha256');
  for (const file of inputFiles(steps, target)) {
    hash.update(file).update('\0');
    hash.update(readFileSync(path.join(repoRoot, file), 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  hash.update(JSON.stringify(equivalentsOf(target)));
  return hash.digest('hex').slice(0, 16);
}
