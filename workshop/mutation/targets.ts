import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesBelow } from '../curriculum/carried-files';
import { answerFolder, findStep, type Step } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { BUILD_OUTPUT } from '../serverless/build-copy';
import { copySolvedStep } from '../solved-step';
import { type Equivalent, equivalents } from './equivalents';
import { entriesFor, type MarkedFile, markEquivalents } from './mark-equivalents';

/** What one mutation run judges: a step's answer under its tests, or the solution under its own. */
export interface Target {
  /** `06-bad-input-never-502`, or `solution`. */
  name: string;
  /** Where the mutated files live in the repo, e.g. `answers/06-bad-input-never-502`. */
  source: string;
  /** The files Stryker mutates, relative to `source` and to the copy: `src/handler.ts`. */
  mutated: string[];
  /** The tests that judge them, relative to the repo root. */
  tests: string;
}

export const mutationRoot = path.join(repoRoot, '.workshop', 'mutation');
export const workFolder = path.join(mutationRoot, 'work');

/**
 * The copy one target's Stryker run works in, and its working directory: the paths Stryker
 * records (`src/handler.ts`, `test/x.test.ts`) are relative to it, the same in every checkout.
 */
export function copyFolder(target: Target): string {
  return path.join(workFolder, target.name);
}

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
    }));
  return [
    ...stepTargets,
    {
      name: 'solution',
      source: 'solution',
      mutated: filesBelow(path.join(repoRoot, 'solution', 'src'))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `src/${file}`),
      tests: 'solution/test',
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

/** The entries of equivalents.ts that apply to the files `target` mutates. */
export function equivalentsOf(target: Target): Equivalent[] {
  return target.mutated.flatMap((file) => entriesFor(equivalents, file));
}

/**
 * The files `target` mutates, as its copy holds them: the answer's (or the solution's) text
 * with Stryker's directives for the equivalent mutants of equivalents.ts put in. Throws, with
 * the entry, when one names code the file no longer has.
 */
export function markedFiles(target: Target): Map<string, MarkedFile> {
  return new Map(
    target.mutated.map((file) => {
      const where = `${target.source}/${file}`;
      const text = readFileSync(path.join(repoRoot, where), 'utf8');
      return [file, markEquivalents(where, text, entriesFor(equivalents, file))];
    }),
  );
}

/**
 * Lays out `target`'s copy: for a step, the step folder with its answer over it (as verify
 * builds it), for the solution its src and test; its mutated files with their equivalent
 * mutants marked; and a tsconfig.json for the TypeScript checker, which drops the mutants a
 * learner's editor would reject before any test runs. Returns the marked files.
 */
export function prepareWork(target: Target): Map<string, MarkedFile> {
  const marked = markedFiles(target);
  const to = copyFolder(target);
  rmSync(to, { recursive: true, force: true });
  const copy = (from: string, into: string) =>
    cpSync(from, into, {
      recursive: true,
      filter: (source) => !BUILD_OUTPUT.has(path.basename(source)),
    });
  if (target.name === 'solution') {
    copy(path.join(repoRoot, 'solution', 'src'), path.join(to, 'src'));
    copy(path.join(repoRoot, 'solution', 'test'), path.join(to, 'test'));
  } else {
    // As on the disk, as inputs.ts hashes it: a maintainer's unstaged change to a test counts.
    copySolvedStep(target.name, to, { stepFiles: 'disk' });
  }
  for (const [file, { text }] of marked) writeFileSync(path.join(to, file), text);
  mkdirSync(to, { recursive: true });
  writeFileSync(
    path.join(to, 'tsconfig.json'),
    JSON.stringify(
      {
        extends: path.join(repoRoot, 'tsconfig.json'),
        files: [path.join(repoRoot, 'workshop', 'testing', 'setup-matchers.ts')],
        include: ['src', 'test'],
        exclude: [],
      },
      null,
      2,
    ),
  );
  return marked;
}
