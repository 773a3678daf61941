import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../paths';

/** One step of the workshop, as `steps/manifest.yml` describes it, with what follows from it. */
export interface Step {
  /** Its place in the manifest, from 1. */
  number: number;
  slug: string;
  title: string;
  /** Relative to the repo root: `docs/<slug>.md`. */
  doc: string;
  /** The files the learner edits, relative to the step folder. */
  learnerFiles: string[];
  /** From a nudge to nearly the answer. */
  hints: string[];
  /**
   * Full names (describe + test title) of the tests the untouched starter passes; every other
   * test of the step must fail on it. Often none.
   */
  passesOnStarter: string[];
}

export const MANIFEST = 'steps/manifest.yml';
export const manifestPath = path.join(repoRoot, ...MANIFEST.split('/'));

/** `steps/NN-slug`: the starter and the tests. */
export const stepFolder = (step: Step, root = repoRoot) => path.join(root, 'steps', step.slug);
/** `answers/NN-slug`: the reference answer, same relative paths as the learner files. */
export const answerFolder = (step: Step, root = repoRoot) => path.join(root, 'answers', step.slug);

export class ManifestError extends Error {}

const FIELDS = ['slug', 'title', 'learnerFiles', 'hints', 'passesOnStarter'];

/** Reads and checks the manifest; a broken one is a ManifestError with one line that says what is wrong. */
export function loadSteps(file = manifestPath): Step[] {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const [reason] = (error as Error).message.split('\n');
    throw new ManifestError(`${MANIFEST} cannot be read: ${reason}`);
  }
  const steps = (raw as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps) || steps.length === 0)
    throw new ManifestError(`${MANIFEST} has no "steps" list.`);
  return steps.map((step, index) => toStep(step, index));
}

function toStep(entry: unknown, index: number): Step {
  const number = index + 1;
  const where = `${MANIFEST}, step ${number}`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    throw new ManifestError(`${where}: must be a mapping with ${FIELDS.join(', ')}.`);
  const step = entry as Record<string, unknown>;
  const unknown = Object.keys(step).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined)
    throw new ManifestError(`${where}: unknown field "${unknown}" (fields: ${FIELDS.join(', ')}).`);
  // The number is the step's place in the list; the slug starts with it, as its folders do.
  const prefix = String(number).padStart(2, '0');
  if (typeof step.slug !== 'string' || !new RegExp(`^${prefix}-[a-z0-9-]+$`).test(step.slug))
    throw new ManifestError(
      `${where}: "slug" must look like "${prefix}-some-name" (steps are numbered 1, 2, 3… in order).`,
    );
  if (typeof step.title !== 'string' || step.title.trim() === '')
    throw new ManifestError(`${where}: "title" is missing.`);
  const strings = (field: string, required: boolean): string[] => {
    const value = step[field] ?? (required ? undefined : []);
    if (
      !Array.isArray(value) ||
      (required && value.length === 0) ||
      value.some((item) => typeof item !== 'string' || item.trim() === '')
    ) {
      throw new ManifestError(
        `${where}: "${field}" must be a ${required ? 'non-empty ' : ''}list of strings.`,
      );
    }
    return value.map((item: string) => item.trim());
  };
  const passesOnStarter = strings('passesOnStarter', false);
  const repeated = passesOnStarter.find((name, at) => passesOnStarter.indexOf(name) !== at);
  if (repeated !== undefined)
    throw new ManifestError(`${where}: "passesOnStarter" names "${repeated}" twice.`);
  return {
    number,
    slug: step.slug,
    title: step.title.trim(),
    doc: `docs/${step.slug}.md`,
    learnerFiles: strings('learnerFiles', true),
    hints: strings('hints', true),
    passesOnStarter,
  };
}

/**
 * A page after the last step, with no step folder, no test and no answer (the manifest's
 * `epilogue` list): the docs list it after the steps, numbered on from them. Its code blocks
 * may show the files of its example folder (workshop/verify/check-doc-code.ts).
 */
export interface EpiloguePage {
  /** Its place in the docs' list: after the last step. */
  number: number;
  slug: string;
  title: string;
  /** Relative to the repo root: `docs/<slug>.md`. */
  doc: string;
  /** The folder its code blocks show, relative to the repo root, if it has one. */
  example?: string;
}

const EPILOGUE_FIELDS = ['slug', 'title', 'example'];

/** The manifest's epilogue pages (none when it has no `epilogue` list); a broken one is a ManifestError. */
export function loadEpilogue(file = manifestPath): EpiloguePage[] {
  const steps = loadSteps(file);
  const raw = parse(readFileSync(file, 'utf8')) as { epilogue?: unknown };
  if (raw.epilogue === undefined) return [];
  if (!Array.isArray(raw.epilogue))
    throw new ManifestError(`${MANIFEST}: "epilogue" must be a list of pages.`);
  return raw.epilogue.map((entry: unknown, index) => {
    const where = `${MANIFEST}, epilogue page ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new ManifestError(`${where}: must be a mapping with ${EPILOGUE_FIELDS.join(', ')}.`);
    const page = entry as Record<string, unknown>;
    const unknown = Object.keys(page).find((key) => !EPILOGUE_FIELDS.includes(key));
    if (unknown !== undefined)
      throw new ManifestError(
        `${where}: unknown field "${unknown}" (fields: ${EPILOGUE_FIELDS.join(', ')}).`,
      );
    // Numbered in its file name as the steps are, but free of their order: a step added later
    // lists it one further on without renaming the page.
    if (typeof page.slug !== 'string' || !/^\d\d-[a-z0-9-]+$/.test(page.slug))
      throw new ManifestError(`${where}: "slug" must look like "12-some-name".`);
    if (steps.some((step) => step.slug === page.slug))
      throw new ManifestError(`${where}: "${page.slug}" is a step's slug already.`);
    if (typeof page.title !== 'string' || page.title.trim() === '')
      throw new ManifestError(`${where}: "title" is missing.`);
    if (page.example !== undefined && (typeof page.example !== 'string' || page.example === ''))
      throw new ManifestError(`${where}: "example" must be a folder of the repository.`);
    return {
      number: steps.length + index + 1,
      slug: page.slug,
      title: page.title.trim(),
      doc: `docs/${page.slug}.md`,
      ...(page.example === undefined ? {} : { example: page.example }),
    };
  });
}

/** Finds a step by number (`3`, `03`) or slug (`03-return-400`); undefined when none matches. */
export function findStep(steps: Step[], ref: string): Step | undefined {
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed)) return steps.find((step) => step.number === Number(trimmed));
  return steps.find((step) => step.slug === trimmed || step.slug.slice(3) === trimmed);
}
