import ts from 'typescript';
import type { Equivalent } from './equivalents';

/** Where one entry of equivalents.ts was found: its lines (1-based, inclusive). */
export interface MarkedSpan {
  entry: Equivalent;
  firstLine: number;
  lastLine: number;
}

/** A file with Stryker's directives for its equivalent mutants, as the run's copy holds it. */
export interface MarkedFile {
  text: string;
  spans: MarkedSpan[];
  /** Characters inserted at the start of a line (1-based), to give a survivor's column back. */
  inserted: Map<number, number>;
}

/** The entries of `equivalents` for `file` (relative to the answer folder: `src/x.ts`). */
export function entriesFor(equivalents: Equivalent[], file: string): Equivalent[] {
  return equivalents.filter((entry) => entry.file === file);
}

/** How an entry is named in an error: its file, first line of code and mutators. */
export function describeEntry(entry: Equivalent): string {
  return `${entry.file} "${entry.code[0]}" (${entry.mutators.join(', ')})`;
}

/**
 * `text` (the file `where` names, for errors) with a `/* Stryker disable next-line … *\/`
 * directive put before the first code of each line an entry covers: inside the line, so that
 * every line keeps its number. Stryker applies such a directive to the mutants on the line
 * of the code it precedes. Throws when an entry's code is not found exactly once.
 */
export function markEquivalents(where: string, text: string, entries: Equivalent[]): MarkedFile {
  const lines = text.split('\n');
  const source = ts.createSourceFile(where, text, ts.ScriptTarget.Latest, true);
  // Where each node starts (its first token, after comments), and the line its widest ends on.
  const ends = new Map<number, number>();
  const visit = (node: ts.Node) => {
    const start = node.getStart(source);
    ends.set(start, Math.max(ends.get(start) ?? 0, node.getEnd()));
    node.forEachChild(visit);
  };
  source.forEachChild(visit);
  const lineStart = (line: number) => source.getPositionOfLineAndCharacter(line - 1, 0);
  const firstCode = (line: number) =>
    lineStart(line) + (lines[line - 1].length - lines[line - 1].trimStart().length);

  const spans: MarkedSpan[] = [];
  const inserts = new Map<number, string>();
  for (const entry of entries) {
    if (entry.reason.includes('*/') || !/^[^:]+$/.test(entry.mutators.join(',')))
      throw new Error(
        `workshop/mutation/equivalents.ts: ${describeEntry(entry)}: a reason cannot hold "*/", nor a mutator name ":".`,
      );
    const found = lines
      .map((_, index) => index + 1)
      .filter((line) =>
        entry.code.every((code, offset) => lines[line - 1 + offset]?.trim() === code.trim()),
      );
    if (found.length !== 1)
      throw new Error(
        found.length === 0
          ? `workshop/mutation/equivalents.ts: the equivalent mutants ${describeEntry(entry)} are on code ${where} no longer has. Find the code they meant and update the entry's \`code\`, or remove the entry if that code is gone (then run the mutation for the step).`
          : `workshop/mutation/equivalents.ts: the code of ${describeEntry(entry)} is on ${found.length} lines of ${where} (${found.join(', ')}): give the lines after it too, so that it is found once.`,
      );
    const firstLine = found[0];
    const end = ends.get(firstCode(firstLine));
    if (end === undefined)
      throw new Error(
        `workshop/mutation/equivalents.ts: ${describeEntry(entry)}: line ${firstLine} of ${where} starts with no code Stryker could mutate.`,
      );
    const lastLine =
      entry.span === 'line' ? firstLine : source.getLineAndCharacterOfPosition(end).line + 1;
    spans.push({ entry, firstLine, lastLine });
    const directive = `/* Stryker disable next-line ${entry.mutators.join(',')}: ${entry.reason} */ `;
    // A directive only counts before code that starts a node: not in a string, not before `)`.
    for (let line = firstLine; line <= lastLine; line += 1)
      if (ends.has(firstCode(line)))
        inserts.set(firstCode(line), `${inserts.get(firstCode(line)) ?? ''}${directive}`);
  }

  const inserted = new Map<number, number>();
  let marked = text;
  for (const position of [...inserts.keys()].sort((a, b) => b - a)) {
    const directive = inserts.get(position) as string;
    marked = `${marked.slice(0, position)}${directive}${marked.slice(position)}`;
    inserted.set(source.getLineAndCharacterOfPosition(position).line + 1, directive.length);
  }
  return { text: marked, spans, inserted };
}
