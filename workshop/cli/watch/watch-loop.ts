import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Step, stepFolder } from '../../curriculum/manifest';
import { isStepFileName, stepFiles } from '../../curriculum/step-files';
import { hint } from '../commands/hint';
import { listSteps } from '../commands/list-steps';
import { checkStep, unrunCheck } from '../step-status';
import { pollFiles, watchFiles } from '../watch-files';
import {
  type Effect,
  noticed,
  reduce,
  type StopSignal,
  startWatch,
  type WatchEvent,
  type WatchState,
} from './watch-state';

export interface WatchOptions {
  /** Poll the files instead of relying on file-system events (WSL, network drives). */
  poll: boolean;
  /** Keep watching this step once it passes (the learner named it), instead of moving on. */
  stay?: boolean;
}

/** A look at the step's files: which event it is depends on the state when it is handled. */
type Queued = WatchEvent | 'look';

/**
 * The one loop of watch mode: every event (a save, a key, a signal, a run's end) is queued
 * and handled in turn by reduce (watch-state.ts), and the effects it returns are done here.
 * Resolves with the exit code.
 */
export function watchSteps(steps: Step[], start: Step, options: WatchOptions): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const first = startWatch(steps, start, { stay: options.stay ?? false, interactive });
  let state: WatchState = first.state;
  const queue: Queued[] = [];
  let handling = false;
  let stopWatching: () => void = () => undefined;
  /** The run under way, to stop when its files go or watch mode quits. */
  let runUnderWay: AbortController | undefined;

  return new Promise((resolve) => {
    const dispatch = (queued: Queued): void => {
      queue.push(queued);
      if (handling) return;
      handling = true;
      try {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          const event = next === 'look' ? noticed(state, missingFiles(current())) : next;
          const transition = reduce(state, event);
          state = transition.state;
          for (const effect of transition.effects) perform(effect);
        }
      } finally {
        handling = false;
      }
    };
    const current = () => state.steps[state.index];

    const perform = (effect: Effect): void => {
      switch (effect.type) {
        case 'follow':
          stopWatching();
          stopWatching = follow(effect.step, options.poll, dispatch);
          dispatch('look');
          return;
        case 'run': {
          const controller = new AbortController();
          runUnderWay = controller;
          void checkStep(effect.step, { signal: controller.signal })
            .catch((error: Error) => unrunCheck(effect.step, error))
            .then((check) => dispatch({ type: 'run-finished', run: effect.run, check }));
          return;
        }
        case 'stop-run':
          runUnderWay?.abort();
          return;
        case 'draw':
          if (interactive) console.clear();
          for (const line of interactive ? effect.lines : effect.fresh) console.log(line);
          return;
        case 'print':
          for (const line of effect.lines) console.log(line);
          return;
        case 'hint':
          hint(effect.step, 'Press h again for the next hint.');
          return;
        case 'list':
          listSteps(state.steps);
          return;
        case 'stop-watching':
          stopWatching();
          return;
        case 'exit':
          if (interactive) process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdin.off('data', onKey);
          resolve(effect.code);
          return;
      }
    };

    const onKey = (key: string) => dispatch({ type: 'key', key });
    if (interactive) {
      process.stdin.setRawMode(true);
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', onKey);
    }
    // Every signal, not only the first: a second Ctrl+C must not end this process while it
    // stops the run under way, which would leave a local API it started holding its port.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const satisfies StopSignal[])
      process.on(signal, () => dispatch({ type: 'signal', signal }));

    for (const effect of first.effects) perform(effect);
  });
}

/** The learner files of the step that are not there, as the manifest names them. */
function missingFiles(step: Step): string[] {
  return step.learnerFiles.filter((file) => !existsSync(path.join(stepFolder(step), file)));
}

/**
 * Watches every file the step's tests load, not only the learner's (a save to
 * src/parse-body.ts in step 8 changes the result as much as one to with-cors.ts does), and
 * the learner's files that are missing, until they are back. Returns how to stop.
 */
function follow(step: Step, poll: boolean, dispatch: (event: Queued) => void): () => void {
  const files = [
    ...new Set([
      ...step.learnerFiles.map((file) => path.join(stepFolder(step), file)),
      ...stepFiles(stepFolder(step)),
    ]),
  ];
  const look = () => dispatch('look');
  if (poll) return pollFiles(files, look);
  return watchFiles(
    files,
    look,
    (reason) => dispatch({ type: 'watcher-fell-back', reason }),
    isStepFileName,
  );
}
