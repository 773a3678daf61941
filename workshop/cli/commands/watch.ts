import { type FSWatcher, statSync, unwatchFile, watch, watchFile } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type Step, stepFolder } from '../../curriculum/manifest';
import type { TestOutcome } from '../../curriculum/run-step-tests';
import { bold, dim, green, red } from '../output';
import { usesLocalApi } from '../start-ahead';
import { checkStep, learnerPaths } from '../step-status';
import { WarmLocalApi } from '../warm-local-api';
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
  let warmApi: WarmLocalApi | undefined;
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

  return new Promise((resolve) => {
    const quit = (code: number) => {
      if (quitting) return;
      quitting = true;
      stopWatching();
      if (interactive) process.stdin.setRawMode(false);
      process.stdin.pause();
      // The warm local API is a server of its own: stop it before saying goodbye.
      running?.abort();
      void (warmApi?.dispose() ?? Promise.resolve()).finally(() => resolve(code));
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
      const check = await checkStep(step, { warmApi, signal: thisRun.signal }).catch(
        (error: Error) => ({
          passed: 0,
          total: 0,
          tests: [] as TestOutcome[],
          suiteError: error.message,
        }),
      );
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
      void warmApi?.dispose();
      warmApi = usesLocalApi(step) ? new WarmLocalApi(step, 'watch') : undefined;
      stopWatching = options.poll
        ? pollFiles(step, () => void run())
        : watchFiles(
            step,
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

/**
 * Calls `onChange` (debounced) when a learner file of the step is saved. Watches the folders
 * that hold the learner files, one level each (not the step folder recursively: its build
 * folders came and went under the watcher and crashed it), so a save that replaces the file
 * (write a temporary file, rename it over the original) is seen like one in place. A watcher
 * that fails is started again; one that cannot be is replaced by polling, and `onFallback`
 * says why.
 */
function watchFiles(
  step: Step,
  onChange: () => void,
  onFallback: (reason: string) => void,
): () => void {
  const folder = stepFolder(step);
  const byDirectory = new Map<string, Set<string>>();
  for (const file of step.learnerFiles) {
    const full = path.join(folder, file);
    const names = byDirectory.get(path.dirname(full)) ?? new Set<string>();
    names.add(path.basename(full));
    byDirectory.set(path.dirname(full), names);
  }
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let stopPolling: (() => void) | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, 150);
  };
  const watchers = new Map<string, { watcher: FSWatcher; inode: number }>();

  const fallBack = (reason: string) => {
    if (stopPolling || stopped) return;
    for (const { watcher } of watchers.values()) watcher.close();
    watchers.clear();
    clearInterval(check);
    onFallback(reason);
    stopPolling = pollFiles(step, onChange);
  };
  const start = (directory: string, names: Set<string>): void => {
    watchers.get(directory)?.watcher.close();
    watchers.delete(directory);
    try {
      const watcher = watch(directory, (_event, name) => {
        if (name === null || names.has(name.toString())) changed();
      });
      watcher.on('error', (error) => restart(directory, names, error));
      watchers.set(directory, { watcher, inode: statSync(directory).ino });
    } catch (error) {
      restart(directory, names, error as Error);
    }
  };
  const failures = new Map<string, number>();
  const restart = (directory: string, names: Set<string>, error: Error) => {
    if (stopped) return;
    const count = (failures.get(directory) ?? 0) + 1;
    failures.set(directory, count);
    if (count > 5)
      return fallBack(
        `watching ${path.relative(folder, directory) || 'the step folder'} failed (${error.message})`,
      );
    setTimeout(() => {
      if (stopped || stopPolling) return;
      start(directory, names);
      changed();
    }, 200);
  };
  for (const [directory, names] of byDirectory) start(directory, names);
  // A folder removed and made again (git checkout, a reset, an editor that rewrites the
  // folder) leaves its watcher on the old one, silently: look every second.
  const check = setInterval(() => {
    for (const [directory, names] of byDirectory) {
      let inode: number | undefined;
      try {
        inode = statSync(directory).ino;
      } catch {
        inode = undefined;
      }
      const current = watchers.get(directory);
      if (inode !== undefined && (current === undefined || current.inode !== inode)) {
        start(directory, names);
        changed();
      }
    }
  }, 1000);
  check.unref();

  return () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(check);
    for (const { watcher } of watchers.values()) watcher.close();
    stopPolling?.();
  };
}

/** The same by polling each file's modification time (file systems without events). */
function pollFiles(step: Step, onChange: () => void): () => void {
  const files = step.learnerFiles.map((file) => path.join(stepFolder(step), file));
  const listener = (
    current: { mtimeMs: number; ino: number },
    previous: { mtimeMs: number; ino: number },
  ) => {
    if (current.mtimeMs !== previous.mtimeMs || current.ino !== previous.ino) onChange();
  };
  for (const file of files) watchFile(file, { interval: 300 }, listener);
  return () => {
    for (const file of files) unwatchFile(file, listener);
  };
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
