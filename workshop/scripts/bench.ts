import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSteps } from '../curriculum/manifest';
import { jestBin } from '../curriculum/run-step-tests';
import { FrontDoor } from '../front-door/front-door';
import { repoRoot } from '../paths';
import { mixedRequestKinds, runMixedLoad } from '../serverless/mixed-load';
import { packageService } from '../serverless/package-service';
import { median, percentile } from './statistics';
import { timeSteps, timingTable } from './step-timings';

// `npm run bench [-- --runs 5 --requests 1000 --step-runs 3 --steps-only --step N --no-steps --no-npm-test --no-unit]`:
// prints the figures docs/maintainers/performance.md quotes (--no-steps, --no-npm-test and
// --no-unit leave parts out).
// A benchmark, not a test: it measures and prints, it never fails on a number.

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(argv[index + 1]);
};
const runs = option('runs', 5);
const requests = option('requests', 1000);
const stepRuns = option('step-runs', 3);
const stepsOnly = argv.includes('--steps-only');
const onlyStep = option('step', 0);
const withSteps = !argv.includes('--no-steps');
const withNpmTest = !argv.includes('--no-npm-test');
const withUnit = !argv.includes('--no-unit');

const npmCli = process.env.npm_execpath;

/** Wall-clock seconds of each of `count` runs of a command; stops the benchmark if one exits otherwise than `expectedCode`. */
function timeCommand(
  label: string,
  command: string,
  args: string[],
  count: number,
  expectedCode = 0,
  env: NodeJS.ProcessEnv = {},
): number[] {
  const seconds: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    const run = spawnSync(command, args, {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', ...env },
    });
    seconds.push((performance.now() - start) / 1000);
    if (run.status !== expectedCode)
      throw new Error(
        `${label} exited ${run.status}, not ${expectedCode}:\n${run.stdout}\n${run.stderr}`,
      );
    process.stderr.write(`  ${label}: run ${i + 1}/${count} ${seconds[i].toFixed(2)} s\n`);
  }
  return seconds;
}

/** Apparent size (sum of file sizes) of a folder, the same on every platform. */
function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/**
 * Milliseconds of each of `count` FrontDoor.start calls on the service in `folder`, each
 * stopped at once: the front door ready, after one start that fills the template cache
 * (what a second `serve`, or a second test file of the same service, waits for).
 */
async function frontDoorStarts(folder: string, count: number): Promise<number[]> {
  await (await FrontDoor.start({ folder })).stop();
  const milliseconds: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    const door = await FrontDoor.start({ folder });
    milliseconds.push(performance.now() - start);
    await door.stop();
  }
  return milliseconds;
}

async function localApiLatency(api: FrontDoor, count: number): Promise<number[]> {
  const url = `${api.baseUrl}/throw`;
  const send = async () => {
    const start = performance.now();
    // fetch sends a string body as text/plain unless told otherwise: the service would answer 415.
    const response = await fetch(url, {
      method: 'POST',
      body: '{"blah": "blah1"}',
      headers: { 'Content-Type': 'application/json' },
    });
    await response.arrayBuffer();
    if (response.status !== 400) throw new Error(`POST /throw answered ${response.status}`);
    return performance.now() - start;
  };
  for (let i = 0; i < 20; i += 1) await send(); // warm-up: the first calls load the handler
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) latencies.push(await send());
  return latencies;
}

async function main() {
  const figures: Array<[string, string]> = [];
  process.stderr.write(
    `Measuring on ${process.platform} ${process.arch}, Node ${process.version}…\n`,
  );

  // Every step, cold and warm, on its starter and its answer: a learner's loop.
  const timings = withSteps
    ? await timeSteps(
        loadSteps().filter((step) => onlyStep === 0 || step.number === onlyStep),
        stepRuns,
        (line) => process.stderr.write(`${line}\n`),
      )
    : [];
  const table = timingTable(timings);
  if (stepsOnly) {
    console.log(
      `\nSteps, medians of ${stepRuns} (${process.platform} ${process.arch}, Node ${process.version}, ${require('node:os').cpus().length} cores)\n`,
    );
    console.log(table.join('\n'));
    return;
  }

  if (withUnit) {
    const unit = timeCommand(
      'unit tests',
      process.execPath,
      [jestBin, '--selectProjects', 'unit'],
      runs,
    );
    figures.push([
      `unit tests (jest --selectProjects unit), median of ${runs}`,
      `${median(unit).toFixed(2)} s`,
    ]);
  }

  // A learner's loop: `workshop test 3` on the untouched starter (its tests fail: exit 1),
  // against jest alone on the same files, to see what the CLI adds.
  const step3 = path.join(repoRoot, 'steps', '03-return-400');
  const cli = timeCommand(
    'workshop test 3',
    process.execPath,
    ['workshop/cli/launch.js', 'test', '3'],
    runs,
    1,
  );
  const jestAlone = timeCommand(
    'jest on step 3',
    process.execPath,
    [jestBin, '-c', 'workshop/jest/steps.config.js'],
    runs,
    1,
    { WORKSHOP_STEP_ROOTS: step3 },
  );
  figures.push([`npm run workshop -- test 3, median of ${runs}`, `${median(cli).toFixed(2)} s`]);
  figures.push([
    `jest alone on the same step, median of ${runs}`,
    `${median(jestAlone).toFixed(2)} s`,
  ]);
  figures.push([
    'what the CLI adds',
    `${((median(cli) / median(jestAlone) - 1) * 100).toFixed(0)} %`,
  ]);

  if (!withNpmTest) {
    figures.push(['full test run (npm test)', 'left out (--no-npm-test)']);
  } else if (npmCli) {
    const fullRuns = Math.max(1, Math.min(runs, 3));
    const full = timeCommand('npm test', process.execPath, [npmCli, 'test'], fullRuns);
    figures.push([
      `full test run (npm test), median of ${fullRuns}`,
      `${median(full).toFixed(2)} s`,
    ]);
  } else {
    figures.push(['full test run (npm test)', 'skipped: run the benchmark with `npm run bench`']);
  }

  const packaged = await packageService(repoRoot);
  for (const artifact of packaged.artifacts)
    figures.push([
      `zipped artifact ${artifact.name} (serverless package)`,
      `${artifact.bytes} bytes`,
    ]);

  const modules = folderBytes(path.join(repoRoot, 'node_modules'));
  figures.push(['node_modules (sum of file sizes)', `${(modules / 1e6).toFixed(1)} MB`]);

  const starts = await frontDoorStarts(repoRoot, runs);
  figures.push([
    `front door ready (FrontDoor.start, template cached, bundle included), median of ${runs}`,
    `${median(starts).toFixed(0)} ms`,
  ]);

  const api = await FrontDoor.start({ folder: repoRoot });
  try {
    const latencies = await localApiLatency(api, requests);
    figures.push([
      `front door, ${requests} sequential POST /throw: p50`,
      `${percentile(latencies, 50).toFixed(2)} ms`,
    ]);
    figures.push([
      `front door, ${requests} sequential POST /throw: p95`,
      `${percentile(latencies, 95).toFixed(2)} ms`,
    ]);

    const kinds = mixedRequestKinds('http://localhost:5173');
    const load = await runMixedLoad(api.baseUrl, kinds, requests, 8);
    const mix = `${requests} requests, 8 at a time, ${kinds.length} kinds (valid, malformed, preflight; both endpoints)`;
    figures.push([
      `front door, mixed load: ${mix}`,
      `${load.unexpectedStatuses.length} unexpected statuses, ${load.unreadableBodies.length} unreadable error bodies`,
    ]);
    figures.push([
      'front door, mixed load: p50 / p95',
      `${percentile(load.latencies, 50).toFixed(2)} / ${percentile(load.latencies, 95).toFixed(2)} ms`,
    ]);
    for (const line of [...load.unexpectedStatuses, ...load.unreadableBodies].slice(0, 5))
      process.stderr.write(`  unexpected: ${line}\n`);
  } finally {
    await api.stop();
  }

  if (withSteps) {
    console.log(`\nSteps, medians of ${stepRuns}\n`);
    console.log(table.join('\n'));
  }
  const width = Math.max(...figures.map(([name]) => name.length));
  console.log(
    `\nBenchmark (${process.platform} ${process.arch}, Node ${process.version}, ${require('node:os').cpus().length} cores)`,
  );
  for (const [name, value] of figures) console.log(`  ${name.padEnd(width)}  ${value}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
