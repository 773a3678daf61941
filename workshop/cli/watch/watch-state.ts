import type { Step } from '../../curriculum/manifest';
import { allStepsDone } from '../all-steps-done';
import { dim, green } from '../output';
import { ended, idleQueue, type RunQueue, saved } from '../run-queue';
import type { StepCheck } from '../step-status';
import {
  allPass,
  briefing,
  done,
  failure,
  heading,
  KEYS,
  running,
  waitingFor,
} from './watch-screen';

// Watch mode as a state machine, as rustlings' watch mode is (one event type, one state, one
// loop that handles the events in turn): everything that happens is an event, `reduce` says
// what it changes and what to do about it, and watch-loop.ts does it. Pure: the tests feed
// events and read states.

/** Everything that happens to watch mode. */
export type WatchEvent =
  /** A file the step's tests load was saved, and the learner files are all there. */
  | { type: 'saved' }
  /** A learner file is not there (renamed, deleted), at the start or after a save. */
  | { type: 'file-missing'; files: string[] }
  /** The learner files are all there again. */
  | { type: 'file-back' }
  /** A key pressed in the terminal (Ctrl+C arrives as the key \u0003 in raw mode). */
  | { type: 'key'; key: string }
  /** The run `run` started ended with `check`. */
  | { type: 'run-finished'; run: number; check: StepCheck }
  /** The file watcher failed and polls instead. */
  | { type: 'watcher-fell-back'; reason: string }
  | { type: 'signal'; signal: StopSignal };

export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** What the loop does for the machine. */
export type Effect =
  /** Watch the files of this step (and no longer the last one's), then look at them. */
  | { type: 'follow'; step: Step }
  /** Run the step's tests; their end is the event run-finished with this `run`. */
  | { type: 'run'; step: Step; run: number }
  | { type: 'stop-run' }
  /** In a terminal, the whole screen again; elsewhere (a pipe, CI), `fresh` appended. */
  | { type: 'draw'; lines: string[]; fresh: string[] }
  /** Appended, in a terminal too. */
  | { type: 'print'; lines: string[] }
  | { type: 'hint'; step: Step }
  | { type: 'list' }
  | { type: 'stop-watching' }
  | { type: 'exit'; code: number };

export interface WatchState {
  readonly steps: Step[];
  /** Keep watching the step once it passes (the learner named it). */
  readonly stay: boolean;
  /** In a terminal: keys, and a screen redrawn whole. */
  readonly interactive: boolean;
  /** The step watched, in `steps`. */
  readonly index: number;
  /**
   * idle: results on screen, waiting for a save; running: a run under way; waiting: a
   * learner file is missing; finished: every step is done, a key exits; stopped: exiting.
   */
  readonly phase: 'idle' | 'running' | 'waiting' | 'finished' | 'stopped';
  /** Saves during a run make one more run after it (run-queue.ts). */
  readonly queue: RunQueue;
  /** The number of the latest run started: the end of an older one is ignored. */
  readonly run: number;
  /** The learner files missing, while waiting. */
  readonly missing: string[];
  /** What stays on top of the screen: the step's briefing, the news that the last one is done. */
  readonly onTop: string[];
  /** The screen as last drawn, to draw again under a hint or the list. */
  readonly onScreen: string[];
}

export interface Transition {
  state: WatchState;
  effects: Effect[];
}

/** Watch mode starting on `start`: it follows the step's files, and their first look runs it. */
export function startWatch(
  steps: Step[],
  start: Step,
  options: { stay: boolean; interactive: boolean },
): Transition {
  const state: WatchState = {
    steps,
    stay: options.stay,
    interactive: options.interactive,
    index: steps.indexOf(start),
    phase: 'idle',
    queue: idleQueue,
    run: 0,
    missing: [],
    onTop: briefing(start),
    onScreen: [],
  };
  return { state, effects: [{ type: 'follow', step: start }] };
}

/** What a look at the step's files is, given the learner files found missing. */
export function noticed(state: WatchState, missing: string[]): WatchEvent {
  if (missing.length > 0) return { type: 'file-missing', files: missing };
  return state.phase === 'waiting' ? { type: 'file-back' } : { type: 'saved' };
}

/** The exit code of a process stopped by `signal`: 128 and the signal's number, as shells say. */
export const SIGNAL_EXIT: Record<StopSignal, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export function reduce(state: WatchState, event: WatchEvent): Transition {
  if (state.phase === 'stopped') return { state, effects: [] };
  switch (event.type) {
    case 'saved':
    case 'file-back':
      if (state.phase === 'finished') return { state, effects: [] };
      return startRun({ ...state, missing: [] });
    case 'file-missing':
      return wait(state, event.files);
    case 'run-finished':
      if (state.phase !== 'running' || event.run !== state.run) return { state, effects: [] };
      return finished(state, event.check);
    case 'key':
      return key(state, event.key);
    case 'watcher-fell-back':
      return {
        state,
        effects: [
          {
            type: 'print',
            lines: [
              dim(
                `Saves are now noticed by polling the files, since ${event.reason}. If they stop being noticed, restart with --poll.`,
              ),
            ],
          },
        ],
      };
    case 'signal':
      return stop(state, SIGNAL_EXIT[event.signal]);
  }
}

const current = (state: WatchState): Step => state.steps[state.index];

const when = (condition: boolean, effect: Effect): Effect[] => (condition ? [effect] : []);

/** A save: run now, or once the run under way ends. */
function startRun(state: WatchState): Transition {
  const next = saved(state.phase === 'running' ? state.queue : idleQueue);
  if (!next.start) return { state: { ...state, queue: next.queue }, effects: [] };
  return run({ ...state, queue: next.queue });
}

function run(state: WatchState): Transition {
  const step = current(state);
  const lines = [...state.onTop, ...heading(step), running(step)];
  return {
    state: { ...state, phase: 'running', run: state.run + 1, onScreen: lines },
    effects: [
      { type: 'draw', lines, fresh: heading(step) },
      { type: 'run', step, run: state.run + 1 },
    ],
  };
}

function wait(state: WatchState, missing: string[]): Transition {
  if (state.phase === 'finished') return { state, effects: [] };
  const step = current(state);
  const line = waitingFor(step, missing);
  const lines = [...state.onTop, ...heading(step), line, ...(state.interactive ? [dim(KEYS)] : [])];
  const same = state.phase === 'waiting' && state.missing.join() === missing.join();
  return {
    state: { ...state, phase: 'waiting', queue: idleQueue, missing, onScreen: lines },
    effects: [
      // A run under way reads files that are no longer there: its result would say nothing.
      ...when(state.phase === 'running', { type: 'stop-run' }),
      ...when(!same, { type: 'draw', lines, fresh: [line] }),
    ],
  };
}

function finished(state: WatchState, check: StepCheck): Transition {
  const step = current(state);
  const withResults = (lines: string[]): WatchState => ({
    ...state,
    phase: 'idle',
    onScreen: [...state.onTop, ...heading(step), ...lines],
    // The news of the step before stays for one run; the briefing of this one stays.
    onTop: briefing(step),
  });
  const shown = (next: WatchState, lines: string[]): Effect => ({
    type: 'draw',
    lines: next.onScreen,
    fresh: lines,
  });
  const keys = state.interactive ? [dim(KEYS)] : [];

  if (allPass(check) && !state.stay && state.index === state.steps.length - 1) {
    const lines = [
      done(step, check),
      green(allStepsDone(state.steps.length)),
      ...(state.interactive ? [dim('Press any key to exit.')] : []),
    ];
    const next = { ...withResults(lines), queue: idleQueue };
    if (!state.interactive) return stop({ ...next, phase: 'stopped' }, 0, [shown(next, lines)]);
    return {
      // A key then ends watch mode: its pane must not vanish on its own.
      state: { ...next, phase: 'finished' },
      effects: [shown(next, lines), { type: 'stop-watching' }],
    };
  }
  if (allPass(check) && !state.stay) {
    const index = state.index + 1;
    // The step just done leaves the screen: its news and the next step's briefing stay on top.
    const onTop = [
      done(step, check),
      `Moving on to step ${index + 1}.`,
      '',
      ...briefing(state.steps[index]),
    ];
    return {
      state: { ...state, index, phase: 'idle', queue: idleQueue, onTop },
      effects: [
        ...when(!state.interactive, { type: 'print', lines: onTop }),
        { type: 'follow', step: state.steps[index] },
      ],
    };
  }
  const lines = allPass(check)
    ? [
        done(step, check),
        `Still watching step ${step.number}, as you asked: save to check again. npm start goes on to the next step.`,
        ...keys,
      ]
    : failure(step, check, state.interactive);
  const next = withResults(lines);
  const after = ended(state.queue);
  if (!after.start)
    return { state: { ...next, queue: after.queue }, effects: [shown(next, lines)] };
  // Saved during the run: the results, then straight away the next run.
  const again = run({ ...next, queue: after.queue });
  return { state: again.state, effects: [shown(next, lines), ...again.effects] };
}

function key(state: WatchState, pressed: string): Transition {
  if (pressed === '\u0003') return stop(state, SIGNAL_EXIT.SIGINT);
  if (state.phase === 'finished' || pressed === 'q') return stop(state, 0);
  if (pressed === 'r') return state.phase === 'waiting' ? { state, effects: [] } : startRun(state);
  if (pressed === 'h' || pressed === 'l')
    return {
      state,
      effects: [
        // What the key shows replaces what the last one showed, under the results.
        { type: 'draw', lines: state.onScreen, fresh: [] },
        pressed === 'h' ? { type: 'hint', step: current(state) } : { type: 'list' },
      ],
    };
  return { state, effects: [] };
}

/** Ends watch mode; stopped by the learner (Ctrl+C, a signal), it says so over the screen. */
function stop(state: WatchState, code: number, before: Effect[] = []): Transition {
  const interrupted = code !== 0;
  const said =
    state.phase === 'running'
      ? `Stopped: the tests of step ${current(state).number} did not finish.`
      : 'Stopped.';
  return {
    state: { ...state, phase: 'stopped' },
    effects: [
      ...before,
      ...when(state.phase === 'running', { type: 'stop-run' }),
      { type: 'stop-watching' },
      ...when(interrupted, { type: 'print', lines: [said] }),
      { type: 'exit', code },
    ],
  };
}
