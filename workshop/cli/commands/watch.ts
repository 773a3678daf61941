import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type Step, stepFolder } from '../../curriculum/manifest';
import type { TestOutcome } from '../../curriculum/run-step-tests';
import { isStepFileName, stepFiles } from '../../curriculum/step-files';
import { bold, dim, green, red } from '../output';
import { checkStep, learnerPaths, unrunCheck } from '../step-status';
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

    /**
     * In a terminal each run redraws the whole screen: what stays on top (the step's briefing,
     * the news that the last one is done), the run's heading, then its results. Elsewhere (a
     * pipe, CI) the lines are only appended.
     */
    let onTop: string[] = [...stepBriefing(start), ''];
    let onScreen: string[] = [];
    const draw = (lines: string[], fresh: string[] = lines) => {
      onScreen = lines;
      if (interactive) console.clear();
      for (const line of interactive ? lines : fresh) console.log(line);
    };
    /** Set once every step is done: a key then ends watch mode (its pane must not vanish). */
    let finished = false;

    const run = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      const thisRun = new AbortController();
      running = thisRun;
      const step = steps[index];
      const heading = [
        bold(`Watching step ${step.number} — ${step.title}`) +
          dim(`  (${learnerPaths(step).join(', ')})`),
      ];
      // The slower steps take a few seconds: say that something is happening, until the results replace it.
      draw(
        [...onTop, ...heading, dim(`Running the tests of step ${step.number}… (${step.doc})`)],
        heading,
      );
      const check = await checkStep(step, { signal: thisRun.signal }).catch((error: Error) =>
        unrunCheck(step, error),
      );
      running = undefined;
      if (quitting) return undefined;
      const shown = (lines: string[]) => {
        draw([...onTop, ...heading, ...lines], lines);
        // The news of the step before stays for one run; the briefing of this one stays.
        onTop = [...stepBriefing(step), ''];
      };

      if (check.total > 0 && check.passed === check.total && !check.suiteError) {
        const done = green(`✓ Step ${step.number} is done: all ${check.total} requirements pass.`);
        if (options.stay) {
          shown([
            done,
            `Still watching step ${step.number}, as you asked: save to check again. npm start goes on to the next step.`,
            ...(interactive ? [dim(KEYS)] : []),
          ]);
          return rerunIfSaved();
        }
        if (index === steps.length - 1) {
          shown([
            done,
            green(
              `All ${steps.length} steps are done. Deploy the finished service: see "Deploy to AWS" in README.md.`,
            ),
            ...(interactive ? [dim('Press any key to exit.')] : []),
          ]);
          if (!interactive) return quit(0);
          finished = true;
          stopWatching();
          return undefined;
        }
        index += 1;
        // The step just done leaves the screen: its news and the next step's briefing stay on top.
        onTop = [done, `Moving on to step ${index + 1}.`, '', ...stepBriefing(steps[index]), ''];
        if (!interactive) for (const line of onTop) console.log(line);
        follow(steps[index]);
        return run();
      }

      const lines = [red(`✗ ${check.passed} of ${check.total} requirements pass.`)];
      for (const { file, requirements } of check.notRun)
        lines.push(
          red(
            `  ${file} could not load: ${requirements === 1 ? 'its requirement' : `its ${requirements} requirements`} did not run.`,
          ),
        );
      const failing = check.tests.find((test) => !test.passed);
      if (check.suiteError) lines.push('', excerpt(check.suiteError));
      else if (failing)
        lines.push(
          '',
          `Next: ${bold(failing.titles.join(' › '))}`,
          excerpt(wholeError(failing, check.tests)),
        );
      lines.push(
        '',
        `Stuck? ${interactive ? 'Press h for a hint' : `npm run workshop -- hint ${step.number}`}. Save a file to check again.`,
        ...(interactive ? [dim(KEYS)] : []),
      );
      shown(lines);
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
      // Every file the step's tests load, not only the learner's: a save to src/parse-body.ts
      // in step 8 changes the result as much as one to with-cors.ts does.
      const files = [
        ...new Set([
          ...step.learnerFiles.map((file) => path.join(stepFolder(step), file)),
          ...stepFiles(stepFolder(step)),
        ]),
      ];
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
            isStepFileName,
          );
    };

    if (interactive) {
      process.stdin.setRawMode(true);
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (key: string) => {
        if (key === 'q' || key === '\u0003' || finished) quit(0);
        else if (key === 'r') void run();
        else if (key === 'h' || key === 'l') {
          // What the key shows replaces what the last one showed, under the results.
          const results = onScreen;
          draw(results);
          onScreen = results;
          if (key === 'h') hint(steps[index], 'Press h again for the next hint.');
          else listSteps(steps);
        }
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

/**
 * The failure that says what is wrong. A shared error (serverless.yml the framework cannot
 * read, a local API that did not start) is reported whole by the first test that met it in
 * the run, and by a one-line pointer in the others: jest's order is not the order shown, so
 * the whole one is looked up, wherever it is.
 */
export function wholeError(failing: TestOutcome, tests: TestOutcome[]): string {
  const message = failing.failureMessages[0] ?? '';
  const pointer = stripVTControlCharacters(message).match(POINTER);
  if (!pointer) return message;
  const whole = tests.find((test) => {
    const first = stripVTControlCharacters(test.failureMessages[0] ?? '');
    return (
      !POINTER.test(first) &&
      first
        .trim()
        .replace(/^\w*Error: /, '')
        .startsWith(pointer[1])
    );
  });
  return whole?.failureMessages[0] ?? message;
}

/** What load-once.ts writes in place of an error already reported whole. */
const POINTER =
  /^(?:\w*Error: )?(.*?) \(the same error as the first failing test: fix that one first\)/;

/** A failure longer than this is cut, saying where to read it all. */
const MOST_LINES = 60;

/** The part of a failure a learner needs: the whole message, without the stack trace. */
export function excerpt(message: string): string {
  const lines = stripVTControlCharacters(message).split('\n');
  const stackStart = lines.findIndex((line) => /^\s+at /.test(line));
  const kept = lines.slice(0, stackStart === -1 ? lines.length : stackStart);
  while (kept.length > 0 && kept[kept.length - 1].trim() === '') kept.pop();
  const shown = kept.slice(0, MOST_LINES).map((line) => `  ${line}`);
  if (kept.length > MOST_LINES)
    shown.push(
      `  … ${kept.length - MOST_LINES} more lines: npm run workshop -- test shows them all.`,
    );
  return shown.join('\n').trimEnd();
}
