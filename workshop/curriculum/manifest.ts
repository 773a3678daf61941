import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';

/** One step of the workshop, as `steps/manifest.json` describes it. */
export interface Step {
  number: number;
  slug: string;
  title: string;
  /** Relative to the repo root, e.g. `docs/03-return-400.md`. */
  doc: string;
  /** The files the learner edits, relative to the step folder. */
  learnerFiles: string[];
  /** From a nudge to nearly the answer. */
  hints: string[];
  /** Full names (describe + test title) of the tests the untouched starter must fail. */
  failsOnStarter: string[];
}

export const manifestPath = path.join(repoRoot, 'steps', 'manifest.json');

/** `steps/NN-slug`: the starter and the tests. */
export const stepFolder = (step: Step, root = repoRoot) => path.join(root, 'steps', step.slug);
/** `answers/NN-slug`: the reference answer, same relative paths as the learner files. */
export const answerFolder = (step: Step, root = repoRoot) => path.join(root, 'answers', step.slug);

export class ManifestError extends Error {}

/** Reads and checks the manifest; a broken one is a ManifestError with one line that says what is wrong. */
export function loadSteps(file = manifestPath): Step[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ManifestError(
      `${path.relative(repoRoot, file)} cannot be read: ${(error as Error).message}`,
    );
  }
  const steps = (raw as { steps?: unknown }).steps;
  if (!Array.isArray(steps) || steps.length === 0)
    throw new ManifestError('steps/manifest.json has no "steps" list.');
  for (const [index, step] of steps.entries()) checkStep(step, index);
  return steps as Step[];
}

function checkStep(step: Record<string, unknown>, index: number): void {
  const where = `steps/manifest.json, step ${index + 1}`;
  const expected = index + 1;
  if (step.number !== expected)
    throw new ManifestError(
      `${where}: "number" must be ${expected} (steps are numbered 1, 2, 3… in order).`,
    );
  const prefix = String(expected).padStart(2, '0');
  if (typeof step.slug !== 'string' || !new RegExp(`^${prefix}-[a-z0-9-]+$`).test(step.slug)) {
    throw new ManifestError(`${where}: "slug" must look like "${prefix}-some-name".`);
  }
  if (typeof step.title !== 'string' || step.title === '')
    throw new ManifestError(`${where}: "title" is missing.`);
  if (step.doc !== `docs/${step.slug}.md`)
    throw new ManifestError(`${where}: "doc" must be "docs/${step.slug}.md".`);
  for (const field of ['learnerFiles', 'hints', 'failsOnStarter']) {
    const value = step[field];
    if (
      !Array.isArray(value) ||
      value.length === 0 ||
      value.some((item) => typeof item !== 'string' || item === '')
    ) {
      throw new ManifestError(`${where}: "${field}" must be a non-empty list of strings.`);
    }
  }
}

/** Finds a step by number (`3`, `03`) or slug (`03-return-400`); undefined when none matches. */
export function findStep(steps: Step[], ref: string): Step | undefined {
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed)) return steps.find((step) => step.number === Number(trimmed));
  return steps.find((step) => step.slug === trimmed || step.slug.slice(3) === trimmed);
}
