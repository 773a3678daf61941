import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import { BUILD_OUTPUT } from '../serverless/build-copy';
import { answerFolder, type Step, stepFolder } from './manifest';

/**
 * Every file below `folder`, as paths relative to it with forward slashes, leaving out build
 * output (a learner's own `serverless package` in a step folder is not part of the step).
 */
export function filesBelow(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.split(path.sep).some((part) => BUILD_OUTPUT.has(part)))
    .filter((name) => statSync(path.join(folder, name)).isFile())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** A file that must be, byte for byte, an earlier step's file as solved. */
export interface CarriedFile {
  /** The earlier file: that step's answer when it has one, else its own (carried) file. */
  source: string;
  /** The copy: a later step's file, or the solution's. */
  copy: string;
  /** Where the copy is, relative to the repo: `steps/03-return-400/src/parse-body.ts`. */
  copyName: string;
  /** The step the source belongs to. */
  from: Step;
}

const solved = (step: Step, file: string, root: string) => {
  const answer = path.join(answerFolder(step, root), file);
  return existsSync(answer) ? answer : path.join(stepFolder(step, root), file);
};

/**
 * Which file carries which, in the order a copy must be made (a step's copies before the
 * next step's, which may copy them on), for the check that they agree and for `dev sync`:
 *
 * - Steps build on each other: a step file that is neither one its learner edits nor a test
 *   is the previous step's file as it stands once solved, so a fix made in one step cannot
 *   silently miss the next.
 * - The solution is the workshop's last state, deployable on its own: each module it shares
 *   with the steps (all but its handler, which is wired for the top-level serverless.yml) is
 *   that module in the latest step that has it, as solved.
 */
export function carriedFiles(steps: Step[], root = repoRoot): CarriedFile[] {
  const carried: CarriedFile[] = [];
  steps.slice(1).forEach((step, index) => {
    const previous = steps[index];
    const files = filesBelow(stepFolder(step, root)).filter(
      (file) => !file.startsWith('test/') && !step.learnerFiles.includes(file),
    );
    for (const file of files) {
      const source = solved(previous, file, root);
      if (existsSync(source))
        carried.push({
          source,
          copy: path.join(stepFolder(step, root), file),
          copyName: `steps/${step.slug}/${file}`,
          from: previous,
        });
    }
  });
  const solutionSources = path.join(root, 'solution', 'src');
  for (const file of filesBelow(solutionSources).filter((name) => name !== 'handler.ts')) {
    const latest = [...steps]
      .reverse()
      .find((step) => existsSync(path.join(stepFolder(step, root), 'src', file)));
    if (latest)
      carried.push({
        source: solved(latest, `src/${file}`, root),
        copy: path.join(solutionSources, file),
        copyName: `solution/src/${file}`,
        from: latest,
      });
  }
  return carried;
}
