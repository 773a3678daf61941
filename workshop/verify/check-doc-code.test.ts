import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type EpiloguePage, loadEpilogue, type Step } from '../curriculum/manifest';
import { docCodeProblems, epilogueCodeProblems } from './check-doc-code';

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

describe("code blocks marked as a file of an epilogue page's example", () => {
  const page: EpiloguePage = {
    number: 2,
    slug: '02-after',
    title: 'After',
    doc: 'docs/02-after.md',
    example: 'examples/after',
  };
  const withPage = (markdown: string, on = page) => {
    mkdirSync(path.join(root, 'examples', 'after', 'src'), { recursive: true });
    writeFileSync(path.join(root, 'examples', 'after', 'src', 'a.ts'), answer);
    writeFileSync(path.join(root, 'docs', '02-after.md'), markdown);
    return epilogueCodeProblems(on, root);
  };

  it("accepts a run of whole lines of the example's file, and reports one that drifted", () => {
    expect(withPage('<!-- example: src/a.ts -->\n```ts\nexport const c = 3;\n```\n')).toEqual([]);
    expect(withPage('<!-- example: src/a.ts -->\n```ts\nexport const c = 30;\n```\n')).toEqual([
      'docs/02-after.md: the block marked "example: src/a.ts" differs from examples/after/src/a.ts; copy it again.',
    ]);
  });

  it("reports a file the example does not have, and a step's marker on the page", () => {
    expect(withPage('<!-- example: src/gone.ts -->\n```ts\nx\n```\n')).toEqual([
      'docs/02-after.md shows example src/gone.ts, which examples/after does not have.',
    ]);
    expect(withPage('<!-- answer: src/a.ts -->\n```ts\nx\n```\n')).toHaveLength(1);
    expect(
      withPage('<!-- example: src/a.ts -->\n```ts\nx\n```\n', { ...page, example: undefined }),
    ).toHaveLength(1);
  });

  it('does not let a step page show an example file', () => {
    expect(withDoc('<!-- example: src/a.ts -->\n```ts\nexport const b = 2;\n```\n')).toEqual([
      'docs/01-one.md shows example src/a.ts: a step page shows answer or starter files.',
    ]);
  });

  it("the repository's epilogue pages show their example's code as it is", () => {
    const pages = loadEpilogue();
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap((each) => epilogueCodeProblems(each))).toEqual([]);
  });
});
