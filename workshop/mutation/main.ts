import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSteps } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { recordScores } from './score-doc';
import { type MutationReport, scoreCells, scoresOf, scoreTable } from './score-table';
import { jsonReport, reportFolder, strykerOptions } from './stryker-config';
import { prepareWork, selectTargets, workFolder } from './targets';

/**
 * `npm run mutation [step | solution] [--break N]`: StrykerJS mutates each step's reference answer (and
 * the solution's src) and runs that step's tests against every mutant. Prints the per-answer
 * table and every surviving mutant; the HTML report is in .workshop/mutation/report.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  // --break N: Stryker fails the run under a score of N (CI: 100).
  const breakAt = args.includes('--break') ? Number(args[args.indexOf('--break') + 1]) : null;
  const ref = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--break');
  const steps = loadSteps();
  const targets = selectTargets(steps, ref);
  if (typeof targets === 'string') {
    console.error(`mutation: ${targets}`);
    return 2;
  }
  prepareWork(steps, targets);
  rmSync(jsonReport, { force: true });
  const config = path.join(workFolder, 'stryker.config.json');
  writeFileSync(config, JSON.stringify(strykerOptions(targets, breakAt), null, 2));

  const started = performance.now();
  // Its bin file, run with this Node: no shell or .cmd shim (Windows). Not in its exports map.
  const stryker = path.join(
    path.dirname(require.resolve('@stryker-mutator/core/package.json', { paths: [repoRoot] })),
    'bin',
    'stryker.js',
  );
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [stryker, 'run', config], {
      cwd: workFolder,
      stdio: 'inherit',
      env: {
        ...process.env,
        WORKSHOP_STEP_ROOTS: targets
          .map((target) => path.join(workFolder, target.copy))
          .join(path.delimiter),
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
      },
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const seconds = Math.round((performance.now() - started) / 1000);
  if (!existsSync(jsonReport)) {
    console.error(`mutation: Stryker ended with exit code ${exitCode} and no report.`);
    return exitCode === 0 ? 1 : exitCode;
  }

  const scores = scoresOf(JSON.parse(readFileSync(jsonReport, 'utf8')) as MutationReport, targets);
  console.log(`\n${scoreTable(scores.map(scoreCells))}\n`);
  recordScores(steps, scores);
  for (const each of scores)
    for (const survivor of each.survivors) console.log(`survived: ${survivor}`);
  console.log(
    `mutation: ${seconds} s; report: ${path.relative(process.cwd(), path.join(reportFolder, 'index.html'))}`,
  );
  // Under the --break score Stryker ends with an error of its own: the table is printed first.
  if (exitCode !== 0) return exitCode;
  return scores.every((each) => each.survivors.length === 0) ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
