import { watch as watchFolder, watchFile, unwatchFile } from 'node:fs';
import path from 'node:path';
import { stepFolder, type Step } from '../../steps/manifest';
import type { TestOutcome } from '../../steps/run-step-tests';
import { bold, dim, green, red } from '../output';
import { checkStep, learnerPaths } from '../step-status';
import { stepBriefing } from './home';
import { hint } from './hint';
import { listSteps } from './list-steps';

export interface WatchOptions {
  /** Poll the files instead of relying on file-system events (WSL, network drives). */
  poll: boolean;
}

const KEYS = 'h hint · l list · r rerun · q quit';

/**
 * `workshop watch [N]`: reruns step N's tests on every save of its files, shows the first
 * failing requirement, and moves on to the next step when all pass.
 */
export function watchSteps(steps: Step[], start: Step, options: WatchOptions): Promise<number> {
  let index = steps.indexOf(start);
  let stopWatching: () => void = () => undefined;
  let running = false;
  let again = false;
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

  return new Promise((resolve) => {
    const quit = (code: number) => {
      stopWatching();
      if (interactive) process.stdin.setRawMode(false);
      process.stdin.pause();
      resolve(code);
    };

    /** `clear: false` keeps what is on screen, e.g. the news that the last step is done. */
    const run = async (clear = true): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      const step = steps[index];
      if (interactive && clear) console.clear();
      console.log(bold(`Watching step ${step.number} — ${step.title}`) + dim(`  (${learnerPaths(step).join(', ')})`));
      const check = await checkStep(step).catch((error: Error) => ({ passed: 0, total: 0, tests: [] as TestOutcome[], suiteError: error.message }));
      running = false;

      if (check.total > 0 && check.passed === check.total && !check.suiteError) {
        console.log(green(`✓ Step ${step.number} is done: all ${check.total} requirements pass.`));
        if (index === steps.length - 1) {
          console.log(green(`All ${steps.length} steps are done. Deploy the finished service: see "Deploy to AWS" in README.md.`));
          return quit(0);
        }
        index += 1;
        console.log(`Moving on to step ${index + 1}.\n`);
        for (const line of stepBriefing(steps[index])) console.log(line);
        follow(steps[index]);
        console.log('');
        return run(false);
      }

      console.log(red(`✗ ${check.passed} of ${check.total} requirements pass.`));
      const failing = check.tests.find((test) => !test.passed);
      if (check.suiteError) console.log(`\n${excerpt(check.suiteError)}`);
      else if (failing) console.log(`\nNext: ${bold(failing.fullName)}\n${excerpt(failing.failureMessages[0] ?? '')}`);
      console.log(`\nStuck? ${interactive ? 'Press h for a hint' : `npm run workshop -- hint ${step.number}`}. Save a file to check again.`);
      if (interactive) console.log(dim(KEYS));
      if (again) {
        again = false;
        return run();
      }
      return undefined;
    };

    const follow = (step: Step) => {
      stopWatching();
      stopWatching = options.poll ? pollFiles(step, () => void run()) : watchFiles(step, () => void run());
    };

    if (interactive) {
      process.stdin.setRawMode(true);
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (key: string) => {
        if (key === 'q' || key === '\u0003') quit(0);
        else if (key === 'r') void run();
        else if (key === 'h') hint(steps[index], 'Press h again for the next hint.');
        else if (key === 'l') listSteps(steps);
      });
    }
    process.once('SIGINT', () => quit(0));
    process.once('SIGTERM', () => quit(0));

    follow(steps[index]);
    void run();
  });
}

/** Calls `onChange` (debounced) when a learner file of the step is saved. */
function watchFiles(step: Step, onChange: () => void): () => void {
  const folder = stepFolder(step);
  const wanted = new Set(step.learnerFiles.map((file) => path.normalize(file)));
  let timer: NodeJS.Timeout | undefined;
  const watcher = watchFolder(folder, { recursive: true }, (_event, name) => {
    if (name === null || !wanted.has(path.normalize(name.toString()))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, 150);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}

/** The same by polling each file's modification time (file systems without events). */
function pollFiles(step: Step, onChange: () => void): () => void {
  const files = step.learnerFiles.map((file) => path.join(stepFolder(step), file));
  const listener = (current: { mtimeMs: number }, previous: { mtimeMs: number }) => {
    if (current.mtimeMs !== previous.mtimeMs) onChange();
  };
  for (const file of files) watchFile(file, { interval: 300 }, listener);
  return () => files.forEach((file) => unwatchFile(file, listener));
}

/** The part of a failure a learner needs: the message, without the stack trace. */
function excerpt(message: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain.split('\n');
  const stackStart = lines.findIndex((line) => /^\s+at /.test(line));
  return lines
    .slice(0, stackStart === -1 ? 12 : Math.min(stackStart, 12))
    .map((line) => `  ${line}`)
    .join('\n')
    .trimEnd();
}

