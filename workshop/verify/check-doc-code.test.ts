import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Step } from '../curriculum/manifest';
import { docCodeProblems } from './check-doc-code';

const step: Step = {
  number: 1,
  slug: '01-one',
  title: 'One',
  doc: 'docs/01-one.md',
  learnerFiles: ['src/a.ts'],
  hints: ['h'],
  passesOnStarter: [],
};
const answer = 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'workshop-doc-code-'));
  mkdirSync(path.join(root, 'docs'));
  mkdirSync(path.join(root, 'answers', '01-one', 'src'), { recursive: true });
  writeFileSync(path.join(root, 'answers', '01-one', 'src', 'a.ts'), answer);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const withDoc = (markdown: string) => {
  writeFileSync(path.join(root, 'docs', '01-one.md'), markdown);
  return docCodeProblems(step, root);
};

describe('code blocks marked as a step file in a doc page', () => {
  it('accepts the whole file or a run of whole lines of it', () => {
    expect(
      withDoc('<!-- answer: src/a.ts -->\n```ts\nexport const b = 2;\nexport const c = 3;\n```\n'),
    ).toEqual([]);
  });

  it('reports a block that drifted from the answer', () => {
    expect(withDoc('<!-- answer: src/a.ts -->\n```ts\nexport const b = 20;\n```\n')).toEqual([
      'docs/01-one.md: the block marked "answer: src/a.ts" differs from the file; copy it again.',
    ]);
  });

  it('reports lines that are there but not in that order', () => {
    expect(
      withDoc('<!-- answer: src/a.ts -->\n```ts\nexport const c = 3;\nexport const a = 1;\n```\n'),
    ).toHaveLength(1);
  });

  it('reports a block that names a file the step does not have', () => {
    expect(withDoc('<!-- starter: src/gone.ts -->\n```ts\nx\n```\n')).toEqual([
      'docs/01-one.md shows starter src/gone.ts, which does not exist.',
    ]);
  });

  it('reads a block indented inside a list item without its indentation', () => {
    const item = (line: string) =>
      withDoc(`1. **a.ts**:\n\n   <!-- answer: src/a.ts -->\n   \`\`\`ts\n   ${line}\n   \`\`\`\n`);
    expect(item('export const b = 2;')).toEqual([]);
    expect(item('export const b = 20;')).toEqual([
      'docs/01-one.md: the block marked "answer: src/a.ts" differs from the file; copy it again.',
    ]);
  });

  it('leaves unmarked code blocks alone', () => {
    expect(withDoc('```ts\nanything at all\n```\n')).toEqual([]);
  });
});
