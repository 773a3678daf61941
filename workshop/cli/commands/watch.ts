import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type Step, stepFolder } from '../../curriculum/manifest';
import type { TestOutcome } from '../../curriculum/run-step-tests';
import { bold, dim, green, red } from '../output';
import { checkStep, learnerPaths } from '../step-status';
import { pollFiles, watchFiles } from '../watch-files';
import { hint } from './hint';
import { stepBriefing } from './home';
import { listSteps } from './list-steps';

export interface WatchOptions {
  /** Poll the files instead of relying on file-system events (WSL, network drives). */
  poll: boolean;
  /** Keep watching this step once it passes (the learner named it), instead of moving on. */
  stay?: boolean;
}

const KEYS = 'h hint · l list · r rerun · q quit';

/**
 * `workshop watch [N]`: reruns step N's tests on every save of its files, shows the first
 * failing requirement, and moves on to the next step when all pass.
 */
export function watchSteps(steps: Step[], start: Step, options: WatchOptions): Promise<number> {
  let index = steps.indexOf(start);
  let stopWatching: () => void = () => undefined;
  /** The test run under way, to stop when watch mode quits. */
  let running: AbortController | undefined;
  let again = false;
  let quitting = false;
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

  return new Promise((resolve) => {
    const quit = (code: number) => {
      if (quitting) return;
      quitting = true;
      stopWatching();
      if (interactive) process.stdin.setRawMode(false);
      process.stdin.pause();
      running?.abort();
      resolve(code);
    };

    /** `clear: false` keeps what is on screen, e.g. the news that the last step is done. */
    const run = async (clear = true): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      const thisRun = new AbortController();
      running = thisRun;
      const step = steps[index];
      if (interactive && clear) console.clear();
      console.log(
        bold(`Watching step ${step.number} — ${step.title}`) +
          dim(`  (${learnerPaths(step).join(', ')})`),
      );
      // The slower steps take a few seconds: say that something is happening.
      console.log(dim(`Running the tests of step ${step.number}… (${step.doc})`));
      const check = await checkStep(step, { signal: thisRun.signal }).catch((error: Error) => ({
        passed: 0,
        total: 0,
        tests: [] as TestOutcome[],
        suiteError: error.message,
      }));
      running = undefined;
      if (quitting) return undefined;

      if (check.total > 0 && check.passed === check.total && !check.suiteError) {
        console.log(green(`✓ Step ${step.number} is done: all ${check.total} requirements pass.`));
        if (options.stay) {
          console.log(
            `Still watching step ${step.number}, as you asked: save to check again. npm start goes on to the next step.`,
          );
          if (interactive) console.log(dim(KEYS));
          return rerunIfSaved();
        }
        if (index === steps.length - 1) {
          console.log(
            green(
              `All ${steps.length} steps are done. Deploy the finished service: see "Deploy to AWS" in README.md.`,
            ),
          );
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
      else if (failing)
        console.log(
          `\nNext: ${bold(failing.titles.join(' › '))}\n${excerpt(failing.failureMessages[0] ?? '')}`,
        );
      console.log(
        `\nStuck? ${interactive ? 'Press h for a hint' : `npm run workshop -- hint ${step.number}`}. Save a file to check again.`,
      );
      if (interactive) console.log(dim(KEYS));
      return rerunIfSaved();
    };

    /** A save during the run: run again. */
    const rerunIfSaved = (): Promise<void> | undefined => {
      if (!again) return undefined;
      again = false;
      return run();
    };

    const follow = (step: Step) => {
      stopWatching();
      const files = step.learnerFiles.map((file) => path.join(stepFolder(step), file));
      stopWatching = options.poll
        ? pollFiles(files, () => void run())
        : watchFiles(
            files,
            () => void run(),
            (reason) =>
              console.log(
                dim(
                  `Saves are now noticed by polling the files, since ${reason}. If they stop being noticed, restart with --poll.`,
                ),
              ),
          );
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
    // Every signal, not only the first: a second Ctrl+C must not end this process while it
    // stops the warm local API, which would leave that server holding its port.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
      process.on(signal, () => quit(0));

    follow(steps[index]);
    void run();
  });
}

/** The part of a failure a learner needs: the message, without the stack trace. */
function excerpt(message: string): string {
  const plain = stripVTControlCharacters(message);
  const lines = plain.split('\n');
  const stackStart = lines.findIndex((line) => /^\s+at /.test(line));
  return lines
    .slice(0, stackStart === -1 ? 12 : Math.min(stackStart, 12))
    .map((line) => `  ${line}`)
    .join('\n')
    .trimEnd();
}
