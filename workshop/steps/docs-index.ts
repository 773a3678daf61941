import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../serverless/framework';
import type { Step } from './manifest';

export const docsIndexPath = path.join(repoRoot, 'docs', 'README.md');
const START = '<!-- steps:start (generated from steps/manifest.json by npm run docs:index) -->';
const END = '<!-- steps:end -->';

/** The list of steps for docs/README.md, in order. */
export function renderStepList(steps: Step[]): string {
  return steps.map((step) => `${step.number}. [${step.title}](${path.basename(step.doc)}) — \`steps/${step.slug}\``).join('\n');
}

/** docs/README.md with its step list rebuilt from the manifest. */
export function withStepList(page: string, steps: Step[]): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start === -1 || end < start) throw new Error(`docs/README.md needs the markers ${START} and ${END}.`);
  return `${page.slice(0, start + START.length)}\n\n${renderStepList(steps)}\n\n${page.slice(end)}`;
}

export function isDocsIndexCurrent(steps: Step[]): boolean {
  const page = readFileSync(docsIndexPath, 'utf8');
  return withStepList(page, steps) === page;
}

export function writeDocsIndex(steps: Step[]): void {
  writeFileSync(docsIndexPath, withStepList(readFileSync(docsIndexPath, 'utf8'), steps));
}
