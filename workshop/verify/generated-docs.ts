import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { homeHeader, homeScreen } from '../cli/commands/home';
import type { StepResult } from '../cli/progress';
import { type EpiloguePage, loadEpilogue, MANIFEST, type Step } from '../curriculum/manifest';
import type { StarterScore } from '../curriculum/starter-score';
import { repoRoot } from '../paths';
import { fidelityPage, renderFidelityPage } from './fidelity';

// Parts of the docs (and the README's list of steps) are written from steps/manifest.yml,
// between marker comments, so the manifest stays the one place where steps and hints are
// written: `npm run dev -- docs` rewrites them and `npm run dev -- check` fails while any is
// out of date. The `npm start` screen of docs/before-you-start.md is written the same way,
// from the functions the CLI prints it with.

const docsIndex = path.join(repoRoot, 'docs', 'README.md');
const readme = path.join(repoRoot, 'README.md');
const beforeYouStart = path.join(repoRoot, 'docs', 'before-you-start.md');

const CLI = "the CLI and step 1's starter";
/** The command that rewrites the generated parts, as the pages name it. */
export const GENERATE = 'npm run dev -- docs';
const start = (name: string, source = MANIFEST) =>
  `<!-- generated:${name} (from ${source}; ${GENERATE}) -->`;
const end = (name: string) => `<!-- /generated:${name} -->`;

/**
 * The steps, then the epilogue's pages (no step folder: what they are instead). `docsFolder`:
 * where the pages are from the page that links to them ('' from docs/, 'docs/' from the top).
 */
function renderStepList(steps: Step[], epilogue: EpiloguePage[], docsFolder: string): string {
  const link = (page: Step | EpiloguePage) =>
    `${page.number}. [${page.title}](${docsFolder}${path.basename(page.doc)})`;
  return [
    ...steps.map((step) => `${link(step)} — \`steps/${step.slug}\``),
    ...epilogue.map(
      (page) =>
        `${link(page)} — epilogue, no step folder${page.example === undefined ? '' : `: \`${page.example}\``}`,
    ),
  ].join('\n');
}

/** Wraps prose at spaces to the docs' line length (inline code may wrap too: markdown joins it back). */
function wrap(text: string, width = 88): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

function renderHints(step: Step): string {
  const hints = step.hints.map(
    (hint, index) =>
      `<details>\n<summary>Hint ${index + 1}</summary>\n\n${wrap(hint)}\n\n</details>`,
  );
  return [
    `Or in the terminal, one at a time: \`npm run workshop -- hint ${step.number}\`.`,
    ...hints,
  ].join('\n\n');
}

/**
 * `npm start` on a fresh clone, as the CLI prints it in a terminal before it starts watching:
 * step 1 is the current step, with its starter's score; no other step is checked yet.
 */
export function renderStartScreen(steps: Step[], score: StarterScore): string {
  const [first] = steps;
  const result: StepResult = { filesHash: '', ...score };
  const results = new Map(
    steps.map((step) => [step, step === first ? result : undefined] as const),
  );
  const lines = [...homeHeader(), ...homeScreen(steps, results, first)].map((line) =>
    stripVTControlCharacters(line),
  );
  while (lines.at(-1) === '') lines.pop();
  return ['```text', ...lines, '```'].join('\n');
}

function blockOf(page: string, name: string, source = MANIFEST): string | undefined {
  const from = page.indexOf(start(name, source));
  const to = page.indexOf(end(name));
  return from === -1 || to < from ? undefined : page.slice(from + start(name, source).length, to);
}

/** Step 1's score as the `npm start` screen of docs/before-you-start.md shows it, if it shows one. */
function scoreOnPage(steps: Step[]): StarterScore | undefined {
  const block = existsSync(beforeYouStart)
    ? blockOf(readFileSync(beforeYouStart, 'utf8'), 'npm-start', CLI)
    : undefined;
  const line = block?.split('\n').find((text) => text.includes(` ${steps[0].title} `));
  const [, passed, total] = line?.match(/\b(\d+)\/(\d+)\b/) ?? [];
  return total === undefined ? undefined : { passed: Number(passed), total: Number(total) };
}

/**
 * Step 1's starter score for the checks that run no test: the total as the page shows it,
 * the passes as the manifest's passesOnStarter says. `npm run dev -- check` compares the page
 * with a real run (startScreenProblems).
 */
export function shownStarterScore(steps: Step[]): StarterScore | undefined {
  const shown = scoreOnPage(steps);
  return shown && { passed: steps[0].passesOnStarter.length, total: shown.total };
}

/** A problem when the page's `npm start` screen shows another score than a real run of step 1's starter. */
export function startScreenProblems(steps: Step[], measured: StarterScore): string[] {
  const shown = scoreOnPage(steps);
  if (shown?.passed === measured.passed && shown.total === measured.total) return [];
  const was = shown ? `step 1 at ${shown.passed}/${shown.total}` : 'no score for step 1';
  return [
    `docs/before-you-start.md shows \`npm start\` with ${was}, but step 1's starter passes ${measured.passed}/${measured.total}: run \`${GENERATE}\`.`,
  ];
}

function fill(
  page: string,
  name: string,
  content: string,
  file: string,
  source = MANIFEST,
): string {
  const from = page.indexOf(start(name, source));
  const to = page.indexOf(end(name));
  if (from === -1 || to < from)
    throw new Error(
      `${path.relative(repoRoot, file)} needs the markers ${start(name, source)} and ${end(name)}.`,
    );
  return `${page.slice(0, from + start(name, source).length)}\n\n${content}\n\n${page.slice(to)}`;
}

/**
 * Every generated page as it should read: file → content. Pages that do not exist yet are left
 * out. `score`: step 1's starter score for the `npm start` screen (default: the one the page shows).
 */
export function generatedPages(
  steps: Step[],
  score = shownStarterScore(steps),
  epilogue = loadEpilogue(),
): Map<string, string> {
  const pages = new Map<string, string>();
  if (existsSync(docsIndex))
    pages.set(
      docsIndex,
      fill(
        readFileSync(docsIndex, 'utf8'),
        'steps',
        renderStepList(steps, epilogue, ''),
        docsIndex,
      ),
    );
  if (existsSync(readme))
    pages.set(
      readme,
      fill(readFileSync(readme, 'utf8'), 'steps', renderStepList(steps, epilogue, 'docs/'), readme),
    );
  if (existsSync(beforeYouStart)) {
    const screen = score
      ? renderStartScreen(steps, score)
      : `\`\`\`text\n(run ${GENERATE})\n\`\`\``;
    pages.set(
      beforeYouStart,
      fill(readFileSync(beforeYouStart, 'utf8'), 'npm-start', screen, beforeYouStart, CLI),
    );
  }
  for (const step of steps) {
    const file = path.join(repoRoot, step.doc);
    if (existsSync(file))
      pages.set(file, fill(readFileSync(file, 'utf8'), 'hints', renderHints(step), file));
  }
  // Written whole, from the model's rules and their evidence (fidelity.ts).
  pages.set(fidelityPage, renderFidelityPage());
  return pages;
}

/** The generated pages whose text differs from what the manifest and the CLI say, relative to the repo. */
export function staleGeneratedPages(steps: Step[], score = shownStarterScore(steps)): string[] {
  // A page whose `npm start` screen shows no score for step 1 is stale whatever it says.
  const stale = ([file, content]: [string, string]) =>
    readPage(file) !== content || (file === beforeYouStart && score === undefined);
  return [...generatedPages(steps, score)]
    .filter(stale)
    .map(([file]) => path.relative(repoRoot, file));
}

/** `score`: step 1's starter score, measured (measureStarter). */
export function writeGeneratedPages(steps: Step[], score: StarterScore): string[] {
  const pages = generatedPages(steps, score);
  const stale = [...pages]
    .filter(([file, content]) => readPage(file) !== content)
    .map(([file]) => path.relative(repoRoot, file));
  for (const [file, content] of pages) writeFileSync(file, content);
  return stale;
}

/** A page's text, or undefined when it does not exist yet (a page written whole). */
function readPage(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
