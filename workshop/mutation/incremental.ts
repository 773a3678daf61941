import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { filesBelow } from '../curriculum/carried-files';
import { repoRoot } from '../paths';
import type { MarkedFile } from './mark-equivalents';
import type { MutationReport } from './score-table';
import { copyFolder, type Target, workFolder } from './targets';

/**
 * Each target's last Stryker report, committed: `workshop/mutation/incremental/<target>.json`.
 * Stryker's incremental mode reads it back and runs again only the mutants whose code, or
 * whose covering tests, changed since; the paths in it are relative to the target's copy
 * (`src/handler.ts`), so a clone anywhere reuses it. With it is the hash of the inputs it was
 * measured on (inputs.ts): when they have not changed, the run replays it instead of starting
 * Stryker at all.
 */
export const incrementalFolder = path.join(repoRoot, 'workshop', 'mutation', 'incremental');

/** The committed report of `target`. */
export function committedReport(target: Target): string {
  return path.join(incrementalFolder, `${target.name}.json`);
}

/** Where Stryker reads and writes it during a run: beside the copy, outside what jest sees. */
export function workReport(target: Target): string {
  return path.join(workFolder, `${target.name}.incremental.json`);
}

/** Stryker's report (mutation-testing-report-schema), as far as this module reads it. */
interface StrykerReport extends MutationReport {
  schemaVersion: string;
  thresholds: unknown;
  testFiles?: Record<
    string,
    {
      source?: string;
      tests?: Array<{ id: string; name?: string; location?: { start: { line: number } } }>;
    }
  >;
}

/** What is committed: the parts of Stryker's report its incremental mode reads, and a hash. */
export interface CommittedReport extends StrykerReport {
  /** The inputs hash (inputs.ts) of the files the report was measured on. */
  inputs: string;
}

/** The committed report of `target`, or undefined when there is none. */
export function readCommitted(target: Target): CommittedReport | undefined {
  const file = committedReport(target);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CommittedReport) : undefined;
}

/**
 * Puts the committed report where Stryker's incremental mode reads it; none on a first run or
 * a full one, not even a report a run in this checkout left there.
 */
export function restoreReport(target: Target, full: boolean): void {
  rmSync(workReport(target), { force: true });
  const committed = readCommitted(target);
  if (full || committed === undefined) return;
  const { inputs: _, ...report } = committed;
  writeFileSync(workReport(target), JSON.stringify(report));
  // Older than any report Stryker writes, whatever the file system's clock resolution.
  utimesSync(workReport(target), new Date(0), new Date(0));
}

/**
 * Commits the report Stryker wrote, with the inputs hash; undefined when it wrote none. Kept
 * is what its incremental mode reads: the mutated files, with their source and mutants (a
 * file it made no mutant of included), and the test files. Its configuration, with this
 * checkout's paths, is left out, and so are the copy's and the checkout's paths in failure
 * messages: a run elsewhere changes only what changed.
 */
export function saveReport(
  target: Target,
  inputs: string,
  marked: Map<string, MarkedFile>,
): CommittedReport | undefined {
  // None, or only the one restoreReport put there: Stryker stopped before it wrote its own.
  if (!existsSync(workReport(target)) || statSync(workReport(target)).mtimeMs === 0)
    return undefined;
  const report = JSON.parse(readFileSync(workReport(target), 'utf8')) as StrykerReport;
  // Stryker leaves out a file it made no mutant of (types only): it is there, with its source.
  for (const [file, { text }] of marked)
    if (!Object.keys(report.files).some((name) => slash(name) === file))
      report.files[file] = { language: 'typescript', source: text, mutants: [] };
  const committed: CommittedReport = { inputs, ...stable(report, target) };
  mkdirSync(incrementalFolder, { recursive: true });
  writeFileSync(committedReport(target), `${JSON.stringify(committed, null, 2)}\n`);
  return committed;
}

/**
 * The parts of `report` that stay the same when nothing changed, in a stable order: files and
 * mutants sorted by place; no run's own counts, thresholds or paths.
 */
export function stable(report: StrykerReport, target: Target): StrykerReport {
  const paths = [`${copyFolder(target)}${path.sep}`, `${repoRoot}${path.sep}`];
  const withoutPaths = (text: string) => paths.reduce((out, cut) => out.split(cut).join(''), text);
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
  type Mutant = MutationReport['files'][string]['mutants'][number] & Record<string, unknown>;
  const place = (mutant: Mutant) =>
    [
      mutant.location.start.line,
      mutant.location.start.column,
      mutant.mutatorName,
      mutant.replacement ?? '',
    ] as const;
  const byPlace = (a: Mutant, b: Mutant) => {
    const [left, right] = [place(a), place(b)];
    const index = left.findIndex((value, at) => value !== right[at]);
    return index < 0 ? 0 : compare(left[index], right[index]);
  };
  // Stryker numbers the tests in the order jest ran their files, which varies: number them
  // by file and place instead, and the mutants' tests with them.
  const tests = Object.entries(report.testFiles ?? {})
    .sort(([a], [b]) => compare(a, b))
    .flatMap(([, each]) =>
      [...(each.tests ?? [])].sort(
        (a, b) =>
          (a.location?.start.line ?? 0) - (b.location?.start.line ?? 0) ||
          compare(a.name ?? '', b.name ?? ''),
      ),
    );
  const ids = new Map(tests.map((test, index) => [test.id, String(index)]));
  const renumbered = (list: unknown) =>
    Array.isArray(list)
      ? list.map((id: string) => ids.get(id) ?? id).sort((a, b) => Number(a) - Number(b))
      : list;
  return {
    schemaVersion: report.schemaVersion,
    thresholds: { high: 100, low: 100 },
    files: sorted(
      Object.fromEntries(
        Object.entries(report.files).map(([file, each]) => [
          file,
          {
            ...each,
            mutants: (each.mutants as Mutant[])
              .map(({ testsCompleted: _, duration: __, ...mutant }) => ({
                ...mutant,
                ...(mutant.statusReason === undefined
                  ? {}
                  : { statusReason: withoutPaths(mutant.statusReason) }),
                ...(mutant.coveredBy === undefined
                  ? {}
                  : { coveredBy: renumbered(mutant.coveredBy) }),
                // Present and empty, or absent, as the mutant was run or reused: absent.
                killedBy: undefined,
                ...(Array.isArray(mutant.killedBy) && mutant.killedBy.length > 0
                  ? { killedBy: renumbered(mutant.killedBy) }
                  : {}),
              }))
              .sort(byPlace),
          },
        ]),
      ),
    ),
    testFiles: sorted(
      Object.fromEntries(
        Object.entries(report.testFiles ?? {}).map(([file, each]) => [
          file,
          {
            ...each,
            tests: each.tests
              ?.map((test) => ({ ...test, id: ids.get(test.id) ?? test.id }))
              .sort((a, b) => Number(a.id) - Number(b.id)),
          },
        ]),
      ),
    ),
  };
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Why the committed report of `target` cannot stand for a run on the current files, or
 * undefined when it can: it was measured on inputs with this hash, and it holds the very
 * files a run would mutate (marks included) and the very tests that would judge them.
 */
export function staleness(
  target: Target,
  inputs: string,
  marked: Map<string, MarkedFile>,
  report: CommittedReport | undefined,
): string | undefined {
  if (report === undefined) return 'no committed report';
  if (report.inputs !== inputs) return 'its answer, tests or run configuration changed';
  const files = new Map(Object.entries(report.files).map(([file, each]) => [slash(file), each]));
  for (const file of files.keys()) if (!marked.has(file)) return `${file} is no longer mutated`;
  for (const [file, { text }] of marked)
    if (!sameText(files.get(file)?.source, text)) return `${file} is not the one measured`;
  const tests = new Map(
    Object.entries(report.testFiles ?? {}).map(([file, each]) => [slash(file), each]),
  );
  const testsFolder = path.join(repoRoot, target.tests);
  for (const file of filesBelow(testsFolder).filter((each) => each.endsWith('.test.ts'))) {
    const measured = tests.get(`test/${file}`);
    // The tests the mutation runs leave out (jest.config.js) are not in the report.
    if (measured === undefined && /\.(integration|property)\.test\.ts$/.test(file)) continue;
    const text = readFileSync(path.join(testsFolder, file), 'utf8');
    if (!sameText(measured?.source, text)) return `test/${file} is not the one measured`;
  }
  return undefined;
}

/** The same text, whichever line endings the checkout gave it. */
function sameText(measured: string | undefined, current: string): boolean {
  return measured?.replace(/\r\n/g, '\n') === current.replace(/\r\n/g, '\n');
}

/** A report's file name with forward slashes, whatever the platform wrote. */
function slash(file: string): string {
  return file.split('\\').join('/');
}
