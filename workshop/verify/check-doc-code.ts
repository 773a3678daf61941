import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { shippedStepFile } from '../curriculum/committed-starter';
import { answerFolder, type EpiloguePage, type Step, stepFolder } from '../curriculum/manifest';
import { repoRoot } from '../paths';

/**
 * A doc page marks a code block that shows a file of the step with a comment on the line
 * before its fence: `<!-- answer: src/handler.ts -->` (the reference answer) or
 * `<!-- starter: src/handler.ts -->` (what the learner starts from). The block must be the
 * file, or a run of whole lines of it, so the docs cannot drift from the code. Inside a list
 * item, comment and block are indented as the item's text is (so that the list goes on after
 * the block): that indentation is not part of the code. An epilogue page marks the files of its
 * example folder the same way: `<!-- example: src/plain/handler.ts -->`.
 */
const MARKED_BLOCK =
  /^( *)<!-- (answer|starter|example): (\S+) -->\n\1```[a-z]*\n([\s\S]*?)^\1```/gm;

export function docCodeProblems(step: Step, root = repoRoot): string[] {
  const docPath = path.join(root, step.doc);
  if (!existsSync(docPath)) return [];
  const page = readFileSync(docPath, 'utf8').replace(/\r\n/g, '\n');
  const problems: string[] = [];
  for (const [, indent, kind, file, code] of page.matchAll(MARKED_BLOCK)) {
    if (kind === 'example') {
      problems.push(
        `${step.doc} shows example ${file}: a step page shows answer or starter files.`,
      );
      continue;
    }
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
    if (!shows(text, code, indent))
      problems.push(
        `${step.doc}: the block marked "${kind}: ${file}" differs from the file; copy it again.`,
      );
  }
  return problems;
}

/**
 * An epilogue page's marked blocks: each `<!-- example: file -->` block must be the file of
 * its example folder, or a run of whole lines of it. A page with no example folder shows none.
 */
export function epilogueCodeProblems(page: EpiloguePage, root = repoRoot): string[] {
  const docPath = path.join(root, page.doc);
  if (!existsSync(docPath)) return [];
  const text = readFileSync(docPath, 'utf8').replace(/\r\n/g, '\n');
  const problems: string[] = [];
  for (const [, indent, kind, file, code] of text.matchAll(MARKED_BLOCK)) {
    if (kind !== 'example' || page.example === undefined) {
      problems.push(
        `${page.doc} shows ${kind} ${file}: an epilogue page shows the files of its example (the manifest's "example").`,
      );
      continue;
    }
    const source = path.join(root, page.example, file);
    if (!existsSync(source)) {
      problems.push(`${page.doc} shows example ${file}, which ${page.example} does not have.`);
      continue;
    }
    if (!shows(readFileSync(source), code, indent))
      problems.push(
        `${page.doc}: the block marked "example: ${file}" differs from ${page.example}/${file}; copy it again.`,
      );
  }
  return problems;
}

/** Whether a block (`indent` taken off each line) is the file or a run of its whole lines. */
function shows(file: Buffer, code: string, indent: string): boolean {
  const lines = file.toString('utf8').replace(/\r\n/g, '\n').split('\n');
  const shown = code
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line));
  return containsRun(lines, shown);
}

function containsRun(lines: string[], run: string[]): boolean {
  for (let start = 0; start + run.length <= lines.length; start += 1) {
    if (run.every((line, offset) => lines[start + offset] === line)) return true;
  }
  return false;
}
