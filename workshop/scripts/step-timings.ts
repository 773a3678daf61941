import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawn } from '@lydell/node-pty';
import { makeRepoCopy, type RepoCopy } from '../cli/testing/repo-copy';
import { shippedStepFile } from '../curriculum/committed-starter';
import { answerFolder, type Step, stepFolder } from '../curriculum/manifest';
import { packageNeeds, SLOW_CALLS, testFilesCalling } from '../curriculum/slow-tests';
import { median } from './statistics';

/** Seconds for one step, on its starter and on its reference answer. */
export interface StepTiming {
  step: Step;
  /** `npm run workshop -- test N` in a new process, with no cached package: the first run after a change. */
  cold: { starter: number[]; answer: number[] };
  /** In watch mode, from a save to the result on screen: a save to the starter, and the save that puts the answer in. */
  warm: { starter: number[]; answer: number[] };
}

type Files = 'starter' | 'answer';

/**
 * Times every step, cold and warm, on its starter and its answer, in a throw-away copy of
 * the workshop (the learner's folders are not touched). `log` hears of each run.
 */
export async function timeSteps(
  steps: Step[],
  runs: number,
  log: (line: string) => void,
): Promise<StepTiming[]> {
  const copy = makeRepoCopy({ curriculum: 'real' });
  try {
    const timings: StepTiming[] = [];
    for (const step of steps) {
      const timing: StepTiming = {
        step,
        cold: { starter: [], answer: [] },
        warm: { starter: [], answer: [] },
      };
      for (const files of ['starter', 'answer'] as const) {
        put(copy, step, files);
        for (let run = 0; run < runs; run += 1) {
          timing.cold[files].push(coldTest(copy, step, files === 'answer' ? 0 : 1));
          log(
            `  step ${step.number} ${files}, cold run ${run + 1}/${runs}: ${timing.cold[files][run].toFixed(2)} s`,
          );
        }
      }
      put(copy, step, 'starter');
      timing.warm.starter = await warmSaves(copy, step, runs, 'starter');
      log(
        `  step ${step.number} starter, warm: ${timing.warm.starter.map((seconds) => seconds.toFixed(2)).join(' ')} s`,
      );
      for (let run = 0; run < runs; run += 1) {
        put(copy, step, 'starter');
        // The answer's package is not cached yet, as on a learner's first save of it.
        rmSync(path.join(copy.root, '.workshop', 'cache'), { recursive: true, force: true });
        timing.warm.answer.push(...(await warmSaves(copy, step, 1, 'answer')));
        log(
          `  step ${step.number} answer, warm run ${run + 1}/${runs}: ${timing.warm.answer[run].toFixed(2)} s`,
        );
      }
      put(copy, step, 'answer');
      timings.push(timing);
    }
    return timings;
  } finally {
    copy.remove();
  }
}

/** Puts the starter or the answer in as the step's learner files. */
function put(copy: RepoCopy, step: Step, files: Files): void {
  for (const file of step.learnerFiles)
    writeFileSync(path.join(stepFolder(step, copy.root), file), content(step, file, files));
}

function content(step: Step, file: string, files: Files): Buffer {
  if (files === 'answer') return readFileSync(path.join(answerFolder(step), file));
  const starter = shippedStepFile(step, file);
  if (starter === undefined) throw new Error(`steps/${step.slug}/${file} has no starter.`);
  return starter;
}

function coldTest(copy: RepoCopy, step: Step, expectedCode: number): number {
  rmSync(path.join(copy.root, '.workshop', 'cache'), { recursive: true, force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, ['workshop/cli/launch.js', 'test', String(step.number)], {
    cwd: copy.root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== expectedCode)
    throw new Error(
      `test ${step.number} exited ${run.status}, not ${expectedCode}:\n${run.stdout}\n${run.stderr}`,
    );
  return seconds;
}

const RESULT = /requirements pass\.|is done: all/g;

/**
 * Starts `watch N` in a pseudo-terminal, waits for its first result, then saves and times
 * each rerun: `starter` saves the first learner file `count` times with a new comment (the
 * run still fails); `answer` saves every learner file's answer, the save that completes the step.
 */
async function warmSaves(
  copy: RepoCopy,
  step: Step,
  count: number,
  save: Files,
): Promise<number[]> {
  const terminal = spawn(
    process.execPath,
    ['workshop/cli/launch.js', 'watch', String(step.number)],
    {
      cwd: copy.root,
      cols: 160,
      rows: 50,
      env: { ...process.env, NO_COLOR: '1' } as Record<string, string>,
    },
  );
  let screen = '';
  let exited = false;
  terminal.onData((text) => (screen += text));
  terminal.onExit(() => (exited = true));
  const results = () => (screen.match(RESULT) ?? []).length;
  const waitForResult = async (before: number) => {
    for (let waited = 0; results() <= before; waited += 10) {
      if (exited || waited > 120_000)
        throw new Error(
          `watch ${step.number} showed no result. The screen:\n${screen.slice(-2000)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  try {
    await waitForResult(0);
    const seconds: number[] = [];
    for (let run = 0; run < count; run += 1) {
      const before = results();
      const start = performance.now();
      if (save === 'answer') put(copy, step, 'answer');
      else {
        const file = path.join(stepFolder(step, copy.root), step.learnerFiles[0]);
        const comment = file.endsWith('.ts') ? '//' : '#';
        writeFileSync(file, `${readFileSync(file, 'utf8')}\n${comment} save ${run + 1}\n`);
      }
      await waitForResult(before);
      seconds.push((performance.now() - start) / 1000);
    }
    return seconds;
  } finally {
    if (!exited) terminal.write('q');
    for (let waited = 0; !exited && waited < 15_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    if (!exited) terminal.kill();
  }
}

/**
 * What a step's tests run besides jest, which sets its targets: `packages` (the real
 * framework: ≤ 3 s cold), `serves` (the front door in the test's process: ≤ 1.5 s cold),
 * `compiles` (the template alone, the framework's compiler in a child process: ≤ 1.5 s
 * cold), or none of them (jest alone).
 */
export function stepWork(step: Step): 'packages' | 'serves' | 'compiles' | 'jest only' {
  const folder = stepFolder(step);
  if (packageNeeds(folder) === 'full') return 'packages';
  if (testFilesCalling(folder, [SLOW_CALLS.localApi]).length > 0) return 'serves';
  return packageNeeds(folder) === 'template' ? 'compiles' : 'jest only';
}

/** The timings as a Markdown table of medians, as the README shows them. */
export function timingTable(timings: StepTiming[]): string[] {
  const cell = (values: number[]) => `${median(values).toFixed(2)} s`;
  return [
    '| step | its tests | cold `test N`, starter | cold `test N`, answer | warm rerun, starter | warm rerun, answer |',
    '| --- | --- | --- | --- | --- | --- |',
    ...timings.map(
      ({ step, cold, warm }) =>
        `| ${step.number}. ${step.title} | ${stepWork(step)} | ${cell(cold.starter)} | ${cell(cold.answer)} | ${cell(warm.starter)} | ${cell(warm.answer)} |`,
    ),
  ];
}
