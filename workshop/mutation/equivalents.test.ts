import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesBelow } from '../curriculum/carried-files';
import { loadSteps } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import type { Equivalent } from './equivalents';
import { markEquivalents } from './mark-equivalents';
import { allTargets, markedFiles } from './targets';

const logLine: Equivalent = {
  file: 'src/a.ts',
  code: ['console.log('],
  span: 'statement',
  mutators: ['StringLiteral'],
  reason: 'the words are free',
};

const source = [
  'export function f(x: string): string {',
  '  console.log(',
  "    JSON.stringify({ level: 'info',",
  '      x }),',
  '  );',
  "  return x + '!';",
  '}',
  '',
].join('\n');

describe('the equivalent mutants of workshop/mutation/equivalents.ts', () => {
  it('are found in every answer and solution file Stryker mutates', () => {
    for (const target of allTargets(loadSteps())) expect(() => markedFiles(target)).not.toThrow();
  });

  // Learners read the answers (and the steps' and the solution's copies of them) after a step.
  it('are listed here, not marked with comments in the code learners read', () => {
    const marked = ['answers', 'steps', 'solution/src']
      .flatMap((folder) =>
        filesBelow(path.join(repoRoot, folder)).map((file) => `${folder}/${file}`),
      )
      .filter((file) => file.endsWith('.ts'))
      .filter((file) =>
        /Stryker (disable|restore)/.test(readFileSync(path.join(repoRoot, file), 'utf8')),
      )
      .map(
        (file) =>
          `${file}: move its // Stryker disable comment to workshop/mutation/equivalents.ts`,
      );
    expect(marked).toEqual([]);
  });

  it('are marked inside their lines, so that every line keeps its number', () => {
    const marked = markEquivalents('src/a.ts', source, [logLine]);
    const lines = marked.text.split('\n');
    expect(lines).toHaveLength(source.split('\n').length);
    expect(lines[1]).toBe(
      '  /* Stryker disable next-line StringLiteral: the words are free */ console.log(',
    );
    // The statement's lines that start code, not the one that closes it, nor the next one.
    expect(lines[2]).toMatch(/^ {4}\/\* Stryker disable next-line StringLiteral/);
    expect(lines[3]).toMatch(/^ {6}\/\* Stryker/);
    expect(lines[4]).toBe('  );');
    expect(lines[5]).toBe("  return x + '!';");
    expect(marked.spans).toEqual([{ entry: logLine, firstLine: 2, lastLine: 5 }]);
  });

  it('cover one line only when their span is a line', () => {
    const marked = markEquivalents('src/a.ts', source, [{ ...logLine, span: 'line' }]);
    expect(marked.text.split('\n')[2]).toBe("    JSON.stringify({ level: 'info',");
    expect(marked.spans[0]).toMatchObject({ firstLine: 2, lastLine: 2 });
  });

  it('name the entry when its code is gone from the file', () => {
    expect(() =>
      markEquivalents('answers/x/src/a.ts', source, [{ ...logLine, code: ['console.error('] }]),
    ).toThrow(
      'the equivalent mutants src/a.ts "console.error(" (StringLiteral) are on code answers/x/src/a.ts no longer has',
    );
  });

  it('ask for more lines of code when the code is on several', () => {
    const twice = `${source}${source.replace('function f', 'function g')}`;
    expect(() => markEquivalents('src/a.ts', twice, [logLine])).toThrow(
      'is on 2 lines of src/a.ts (2, 9): give the lines after it too',
    );
  });
});
