import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { shippedStepFile } from '../curriculum/committed-starter';
import { answerFolder, type Step, stepFolder } from '../curriculum/manifest';
import { repoRoot } from '../paths';

/**
 * A doc page marks a code block that shows a file of the step with a comment on the line
 * before its fence: `<!-- answer: src/handler.ts -->` (the reference answer) or
 * `<!-- starter: src/handler.ts -->` (what the learner starts from). The block must be the
 * file, or a run of whole lines of it, so the docs cannot drift from the code. Inside a list
 * item, comment and block are indented as the item's text is (so that the list goes on after
 * the block): that indentation is not part of the code.
 */
const MARKED_BLOCK = /^( *)<!-- (answer|starter): (\S+) -->\n\1```[a-z]*\n([\s\S]*?)^\1```/gm;

export function docCodeProblems(step: Step, root = repoRoot): string[] {
  const docPath = path.join(root, step.doc);
  if (!existsSync(docPath)) return [];
  const page = readFileSync(docPath, 'utf8').replace(/\r\n/g, '\n');
  const problems: string[] = [];
  for (const [, indent, kind, file, code] of page.matchAll(MARKED_BLOCK)) {
    const source = path.join(
      kind === 'answer' ? answerFolder(step, root) : stepFolder(step, root),
      file,
    );
    // A starter as shipped (git's), not as a learner has edited it.
    const text =
      kind === 'starter' && root === repoRoot
        ? shippedStepFile(step, file)
        : existsSync(source)
          ? readFileSync(source)
          : undefined;
    if (text === undefined) {
      problems.push(`${step.doc} shows ${kind} ${file}, which does not exist.`);
      continue;
    }
    const lines = text.toString('utf8').replace(/\r\n/g, '\n').split('\n');
    const shown = code
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line));
    if (!containsRun(lines, shown))
      problems.push(
        `${step.doc}: the block marked "${kind}: ${file}" differs from the file; copy it again.`,
      );
  }
  return problems;
}

function containsRun(lines: string[], run: string[]): boolean {
  for (let start = 0; start + run.length <= lines.length; start += 1) {
    if (run.every((line, offset) => lines[start + offset] === line)) return true;
  }
  return false;
}
