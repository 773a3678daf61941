import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../serverless/framework';
import type { Step } from './manifest';

// Parts of the docs (and the README's list of steps) are written from steps/manifest.json,
// between marker comments, so the manifest stays the one place where steps and hints are
// written: `npm run docs:generate` rewrites them and `npm run verify` fails while any is
// out of date.

const docsIndex = path.join(repoRoot, 'docs', 'README.md');
const readme = path.join(repoRoot, 'README.md');

const start = (name: string) => `<!-- generated:${name} (from steps/manifest.json; npm run docs:generate) -->`;
const end = (name: string) => `<!-- /generated:${name} -->`;

/** `docsFolder`: where the pages are from the page that links to them ('' from docs/, 'docs/' from the top). */
function renderStepList(steps: Step[], docsFolder: string): string {
  return steps.map((step) => `${step.number}. [${step.title}](${docsFolder}${path.basename(step.doc)}) — \`steps/${step.slug}\``).join('\n');
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
  const hints = step.hints.map((hint, index) => `<details>\n<summary>Hint ${index + 1}</summary>\n\n${wrap(hint)}\n\n</details>`);
  return [`Or in the terminal, one at a time: \`npm run workshop -- hint ${step.number}\`.`, ...hints].join('\n\n');
}

function fill(page: string, name: string, content: string, file: string): string {
  const from = page.indexOf(start(name));
  const to = page.indexOf(end(name));
  if (from === -1 || to < from) throw new Error(`${path.relative(repoRoot, file)} needs the markers ${start(name)} and ${end(name)}.`);
  return `${page.slice(0, from + start(name).length)}\n\n${content}\n\n${page.slice(to)}`;
}

/** Every generated page as it should read: file → content. Pages that do not exist yet are left out. */
export function generatedPages(steps: Step[]): Map<string, string> {
  const pages = new Map<string, string>();
  if (existsSync(docsIndex)) pages.set(docsIndex, fill(readFileSync(docsIndex, 'utf8'), 'steps', renderStepList(steps, ''), docsIndex));
  if (existsSync(readme)) pages.set(readme, fill(readFileSync(readme, 'utf8'), 'steps', renderStepList(steps, 'docs/'), readme));
  for (const step of steps) {
    const file = path.join(repoRoot, step.doc);
    if (existsSync(file)) pages.set(file, fill(readFileSync(file, 'utf8'), 'hints', renderHints(step), file));
  }
  return pages;
}

/** The generated pages whose text differs from what the manifest says, relative to the repo. */
export function staleGeneratedPages(steps: Step[]): string[] {
  return [...generatedPages(steps)].filter(([file, content]) => readFileSync(file, 'utf8') !== content).map(([file]) => path.relative(repoRoot, file));
}

export function writeGeneratedPages(steps: Step[]): string[] {
  const stale = staleGeneratedPages(steps);
  for (const [file, content] of generatedPages(steps)) writeFileSync(file, content);
  return stale;
}
