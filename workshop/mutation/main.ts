import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSteps } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import {
  type CommittedReport,
  committedReport,
  readCommitted,
  restoreReport,
  saveReport,
  staleness,
} from './incremental';
import { inputsHash } from './inputs';
import { recordScores } from './score-doc';
import {
  scoreCells,
  scoreOf,
  scoreTable,
  type TargetScore,
  unusedEquivalents,
} from './score-table';
import { htmlReport, strykerOptions } from './stryker-config';
import { copyFolder, markedFiles, prepareWork, selectTargets, type Target } from './targets';

/**
 * `npm run mutation [step | solution] [--full] [--break N]`: StrykerJS mutates each step's
 * reference answer (and the solution's src) and runs that step's tests against every mutant.
 * A target whose inputs did not change since its committed report (incremental.ts) is not run
 * again: its report is read back. One that changed runs in Stryker's incremental mode, which
 * tests only the mutants whose code or covering tests changed. `--full` runs every mutant.
 * Prints the per-answer table and every surviving mutant; HTML reports are in
 * .workshop/mutation/report.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  // --break N: fail under a score of N (CI: 100).
  const breakAt = args.includes('--break') ? Number(args[args.indexOf('--break') + 1]) : null;
  const full = args.includes('--full');
  const ref = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--break');
  const steps = loadSteps();
  const targets = selectTargets(steps, ref);
  if (typeof targets === 'string') {
    console.error(`mutation: ${targets}`);
    return 2;
  }

  const started = performance.now();
  const scores: TargetScore[] = [];
  const problems: string[] = [];
  let exitCode = 0;
  for (const target of targets) {
    const inputs = inputsHash(steps, target);
    const marked = markedFiles(target);
    const committed = readCommitted(target);
    const stale = full ? 'a full run' : staleness(target, inputs, marked, committed);
    let report: CommittedReport | undefined = committed;
    const targetStarted = performance.now();
    if (stale === undefined) {
      console.log(
        `mutation: ${target.name}: unchanged since its committed report (${path.relative(repoRoot, committedReport(target))}), not run again (--full runs it).`,
      );
    } else {
      console.log(`mutation: ${target.name}: running Stryker (${stale}).`);
      prepareWork(target);
      restoreReport(target, full);
      const code = await runStryker(target, breakAt, full);
      report = saveReport(target, inputs, marked);
      if (report === undefined) {
        problems.push(`${target.name}: Stryker ended with exit code ${code} and no report.`);
        exitCode = code === 0 ? 1 : code;
        continue;
      }
      // Under the --break score Stryker ends with an error of its own: the table is printed first.
      if (code !== 0) exitCode = code;
      const seconds = Math.round((performance.now() - targetStarted) / 1000);
      console.log(
        `mutation: ${target.name}: ${seconds} s; report: ${path.relative(process.cwd(), htmlReport(target))}`,
      );
    }
    if (report === undefined) continue;
    scores.push(scoreOf(report, target, marked));
    for (const unused of unusedEquivalents(report, marked))
      problems.push(
        `workshop/mutation/equivalents.ts: the entry for ${target.source}/${unused} marks no mutant any more: remove it, or give it the mutators that code now has.`,
      );
  }
  const seconds = Math.round((performance.now() - started) / 1000);

  console.log(`\n${scoreTable(scores.map(scoreCells))}\n`);
  recordScores(steps, scores);
  for (const each of scores)
    for (const survivor of each.survivors) console.log(`survived: ${survivor}`);
  for (const problem of problems) console.error(`mutation: ${problem}`);
  console.log(`mutation: ${seconds} s`);
  if (exitCode !== 0) return exitCode;
  if (problems.length > 0) return 1;
  if (breakAt !== null && scores.some((each) => each.score < breakAt)) return 1;
  return scores.every((each) => each.survivors.length === 0) ? 0 : 1;
}

/** Runs Stryker over `target`'s copy, as prepared; resolves to its exit code. */
function runStryker(target: Target, breakAt: number | null, full: boolean): Promise<number> {
  const copy = copyFolder(target);
  const config = path.join(copy, '..', `${target.name}.stryker.json`);
  mkdirSync(path.dirname(config), { recursive: true });
  writeFileSync(config, JSON.stringify(strykerOptions(target, breakAt, full), null, 2));
  // Its bin file, run with this Node: no shell or .cmd shim (Windows). Not in its exports map.
  const stryker = path.join(
    path.dirname(require.resolve('@stryker-mutator/core/package.json', { paths: [repoRoot] })),
    'bin',
    'stryker.js',
  );
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [stryker, 'run', config], {
      cwd: copy,
      stdio: 'inherit',
      env: {
        ...process.env,
        WORKSHOP_STEP_ROOTS: copy,
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
      },
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? `mutation: ${error.message}` : error);
    process.exitCode = 1;
  },
);
