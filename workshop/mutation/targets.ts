import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { answerFolder, findStep, type Step, stepFolder } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { BUILD_OUTPUT } from '../serverless/build-copy';

/** What one mutation run judges: a step's answer under its tests, or the solution under its own. */
export interface Target {
  /** `06-bad-input-never-502`, or `solution`. */
  name: string;
  /** Where the mutated files live in the repo, e.g. `answers/06-bad-input-never-502`. */
  source: string;
  /** The files Stryker mutates, relative to `source`. */
  mutated: string[];
  /** The tests that judge them, relative to the repo root. */
  tests: string;
  /** The copy Stryker runs in, relative to the work folder. */
  copy: string;
}

export const mutationRoot = path.join(repoRoot, '.workshop', 'mutation');
export const workFolder = path.join(mutationRoot, 'work');

/** Every step whose answer holds TypeScript (steps 4 and 5 only change serverless.yml), then the solution. */
export function allTargets(steps: Step[]): Target[] {
  const stepTargets = steps
    .map((step) => ({ step, mutated: step.learnerFiles.filter((file) => file.endsWith('.ts')) }))
    .filter(({ mutated }) => mutated.length > 0)
    .map(({ step, mutated }) => ({
      name: step.slug,
      source: path.relative(repoRoot, answerFolder(step)).split(path.sep).join('/'),
      mutated,
      tests: `steps/${step.slug}/test`,
      copy: `steps/${step.slug}`,
    }));
  return [
    ...stepTargets,
    {
      name: 'solution',
      source: 'solution',
      mutated: ['src/**/*.ts'],
      tests: 'solution/test',
      copy: 'solution',
    },
  ];
}

/** The targets `ref` names: a step number or slug, `solution`, or every one when it is empty. */
export function selectTargets(steps: Step[], ref: string | undefined): Target[] | string {
  const all = allTargets(steps);
  if (ref === undefined) return all;
  if (ref === 'solution') return all.filter((target) => target.name === 'solution');
  const step = findStep(steps, ref);
  if (step === undefined)
    return `no step "${ref}": give a step number (1-${steps.length}) or "solution".`;
  const found = all.filter((target) => target.name === step.slug);
  return found.length > 0
    ? found
    : `step ${step.number} has no TypeScript answer to mutate (its learner files: ${step.learnerFiles.join(', ')}); its wrong answers are patches under answers/${step.slug}/wrong.`;
}

/**
 * Lays out the work folder: for a step, the step folder with its answer over it (as verify
 * builds it), for the solution its src and test; and a tsconfig.json for the TypeScript
 * checker, which drops the mutants a learner's editor would reject before any test runs.
 */
export function prepareWork(steps: Step[], targets: Target[]): void {
  rmSync(workFolder, { recursive: true, force: true });
  const copy = (from: string, to: string) =>
    cpSync(from, to, {
      recursive: true,
      // The wrong answers beside an answer are not part of it.
      filter: (source) =>
        !BUILD_OUTPUT.has(path.basename(source)) && path.basename(source) !== 'wrong',
    });
  for (const target of targets) {
    const to = path.join(workFolder, target.copy);
    if (target.name === 'solution') {
      copy(path.join(repoRoot, 'solution', 'src'), path.join(to, 'src'));
      copy(path.join(repoRoot, 'solution', 'test'), path.join(to, 'test'));
      continue;
    }
    const step = steps.find((each) => each.slug === target.name) as Step;
    copy(stepFolder(step), to);
    copy(answerFolder(step), to);
  }
  mkdirSync(workFolder, { recursive: true });
  writeFileSync(
    path.join(workFolder, 'tsconfig.json'),
    JSON.stringify(
      {
        extends: path.join(repoRoot, 'tsconfig.json'),
        files: [path.join(repoRoot, 'workshop', 'jest', 'setup-matchers.ts')],
        include: targets.map((target) => target.copy),
        exclude: [],
      },
      null,
      2,
    ),
  );
}
