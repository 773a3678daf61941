import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Step } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { readCommitted } from './incremental';
import { inputsHash } from './inputs';
import { scoreCells, scoreTable, type TargetScore } from './score-table';
import { allTargets } from './targets';

/**
 * docs/mutation-testing.md holds the score table of the last runs, written by
 * `npm run mutation` between marker comments, with the hash of each answer's inputs:
 * `npm test` (score-doc.test.ts) fails when an answer or its tests changed since its row
 * was measured. A run of one step rewrites that step's row only.
 */
export const scoreDoc = path.join(repoRoot, 'docs', 'mutation-testing.md');
const START = '<!-- generated:mutation-scores (npm run mutation) -->';
const END = '<!-- /generated:mutation-scores -->';

/** One row as recorded: the counts and the hash of the inputs they were measured on. */
export interface RecordedRow {
  name: string;
  cells: string[];
  hash: string;
}

/** The rows recorded in the doc, by target name. */
export function recordedRows(text = readFileSync(scoreDoc, 'utf8')): Map<string, RecordedRow> {
  const rows = new Map<string, RecordedRow>();
  const block = between(text);
  if (block === undefined) return rows;
  const hashes = new Map(
    [...block.matchAll(/^<!-- inputs (\S+) ([0-9a-f]+) -->$/gm)].map((match) => [
      match[1],
      match[2],
    ]),
  );
  for (const line of block.split('\n').filter((each) => /^\| [0-9a-z]/.test(each))) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const hash = hashes.get(cells[0]);
    if (cells[0] !== 'Answer' && hash !== undefined)
      rows.set(cells[0], { name: cells[0], cells, hash });
  }
  return rows;
}

/** Writes the rows of `scores` into the doc, keeping the recorded rows of the other targets. */
export function recordScores(steps: Step[], scores: TargetScore[]): void {
  const text = readFileSync(scoreDoc, 'utf8');
  const recorded = recordedRows(text);
  const fresh = new Map(scores.map((each) => [each.target.name, each]));
  const rows: string[][] = [];
  const hashes: string[] = [];
  for (const target of allTargets(steps)) {
    const score = fresh.get(target.name);
    if (score !== undefined) {
      rows.push(scoreCells(score));
      hashes.push(`<!-- inputs ${target.name} ${inputsHash(steps, target)} -->`);
      continue;
    }
    const old = recorded.get(target.name);
    if (old === undefined) continue;
    rows.push(old.cells);
    hashes.push(`<!-- inputs ${target.name} ${old.hash} -->`);
  }
  const block = `${START}\n\n${scoreTable(rows)}\n\n${hashes.join('\n')}\n\n${END}`;
  const [before, rest] = text.split(START);
  if (rest === undefined) throw new Error(`${scoreDoc} has no ${START} marker.`);
  writeFileSync(scoreDoc, `${before}${block}${rest.slice(rest.indexOf(END) + END.length)}`);
}

/** Problems with the recorded table, one line each: a missing row, a stale one, a survivor. */
export function scoreDocProblems(steps: Step[]): string[] {
  const recorded = recordedRows();
  const problems: string[] = [];
  for (const target of allTargets(steps)) {
    const ref = target.name === 'solution' ? 'solution' : target.name.slice(0, 2).replace(/^0/, '');
    const row = recorded.get(target.name);
    if (row === undefined) {
      problems.push(
        `docs/mutation-testing.md has no row for ${target.name}: run \`npm run mutation ${ref}\`.`,
      );
      continue;
    }
    const hash = inputsHash(steps, target);
    if (row.hash !== hash)
      problems.push(
        `docs/mutation-testing.md: the row of ${target.name} was measured on other files (its answer, tests or run configuration changed since): run \`npm run mutation ${ref}\`.`,
      );
    else if (readCommitted(target)?.inputs !== hash)
      problems.push(
        `workshop/mutation/incremental/${target.name}.json is missing or was measured on other files than the row of ${target.name}: run \`npm run mutation ${ref}\` and commit it (CI reads it instead of running Stryker again).`,
      );
    const [, , survived, , noCoverage] = row.cells;
    if (survived !== '0' || noCoverage !== '0')
      problems.push(
        `docs/mutation-testing.md: ${target.name} has ${survived} surviving and ${noCoverage} uncovered mutants: kill each with a test, or mark it equivalent with its reason.`,
      );
  }
  return problems;
}

function between(text: string): string | undefined {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start < 0 || end < start ? undefined : text.slice(start + START.length, end);
}
