import type { MarkedFile } from './mark-equivalents';
import type { Target } from './targets';

/** Stryker's JSON report (mutation-testing-report-schema), as far as the table reads it. */
export interface MutationReport {
  files: Record<
    string,
    {
      mutants: Array<{
        mutatorName: string;
        replacement?: string;
        status: string;
        statusReason?: string;
        location: { start: { line: number; column: number } };
      }>;
      language?: string;
      source?: string;
    }
  >;
}

export interface TargetScore {
  target: Target;
  killed: number;
  survived: number;
  timedOut: number;
  noCoverage: number;
  /** Mutants the TypeScript checker rejected: a learner's editor would show them as errors. */
  compileErrors: number;
  /** Marked equivalent, with the reason, in equivalents.ts. */
  ignored: number;
  /** Killed or timed out, of all that compile and are not marked: 100 when there are none. */
  score: number;
  /** `answers/…/src/x.ts:12:5 ConditionalExpression → true`, one per survivor. */
  survivors: string[];
}

/**
 * The scores of `target`, from the report of a run over it. A survivor's place is given in the
 * answer: `marked` says how many characters its line gained from a directive for equivalents.
 */
export function scoreOf(
  report: MutationReport,
  target: Target,
  marked: Map<string, MarkedFile>,
): TargetScore {
  const score: TargetScore = {
    target,
    killed: 0,
    survived: 0,
    timedOut: 0,
    noCoverage: 0,
    compileErrors: 0,
    ignored: 0,
    score: 100,
    survivors: [],
  };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const relative = file.split('\\').join('/');
    const source = `${target.source}/${relative}`;
    for (const mutant of mutants) {
      const { line, column } = mutant.location.start;
      const shift = marked.get(relative)?.inserted.get(line) ?? 0;
      const where = `${source}:${line}:${column - shift} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? '')}`;
      if (mutant.status === 'Killed') score.killed += 1;
      else if (mutant.status === 'Timeout') score.timedOut += 1;
      else if (mutant.status === 'Survived') {
        score.survived += 1;
        score.survivors.push(where);
      } else if (mutant.status === 'NoCoverage') {
        score.noCoverage += 1;
        score.survivors.push(`${where} (no test reaches it)`);
      } else if (mutant.status === 'CompileError') score.compileErrors += 1;
      else if (mutant.status === 'Ignored') score.ignored += 1;
    }
  }
  const caught = score.killed + score.timedOut;
  const judged = caught + score.survived + score.noCoverage;
  score.score = judged === 0 ? 100 : Math.floor((caught / judged) * 1000) / 10;
  return score;
}

/**
 * The entries of equivalents.ts that `report` shows marking no mutant: the code they name is
 * still there, but the mutants they meant are gone (or were never made). Each is described.
 */
export function unusedEquivalents(
  report: MutationReport,
  marked: Map<string, MarkedFile>,
): string[] {
  const unused: string[] = [];
  for (const [file, { spans }] of marked) {
    const entry = Object.entries(report.files).find(
      ([name]) => name.split('\\').join('/') === file,
    )?.[1];
    for (const span of spans) {
      const used = entry?.mutants.some(
        (mutant) =>
          mutant.status === 'Ignored' &&
          mutant.statusReason === span.entry.reason &&
          mutant.location.start.line >= span.firstLine &&
          mutant.location.start.line <= span.lastLine,
      );
      if (!used) unused.push(`${file}:${span.firstLine} "${span.entry.code[0]}"`);
    }
  }
  return unused;
}

/** The columns of the table, in order. */
export const COLUMNS = [
  'Answer',
  'Killed',
  'Survived',
  'Timed out',
  'No coverage',
  'Equivalent',
  'Type errors',
  'Score',
];

/** One row of the table. */
export function scoreCells(each: TargetScore): string[] {
  return [
    each.target.name,
    each.killed,
    each.survived,
    each.timedOut,
    each.noCoverage,
    each.ignored,
    each.compileErrors,
    `${each.score.toFixed(1)} %`,
  ].map(String);
}

/** The table, as Markdown (it reads as well in a terminal). */
export function scoreTable(rows: string[][]): string {
  const widths = COLUMNS.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(COLUMNS), rule, ...rows.map(line)].join('\n');
}
