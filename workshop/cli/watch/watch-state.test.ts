import { loadSteps } from '../../curriculum/manifest';
import type { StepCheck } from '../step-status';
import {
  type Effect,
  noticed,
  reduce,
  startWatch,
  type Transition,
  type WatchEvent,
  type WatchState,
} from './watch-state';

// Watch mode's state machine, fed events as the loop would feed them.

const steps = loadSteps();
const last = steps.length - 1;

const check = (passed: number, total = 5): StepCheck => ({
  result: { filesHash: '', passed, total },
  passed,
  total,
  tests: Array.from({ length: total }, (_, index) => ({
    fullName: `requirement ${index + 1}`,
    titles: [`requirement ${index + 1}`],
    passed: index < passed,
    failureMessages: index < passed ? [] : [`Error: requirement ${index + 1} is not met`],
  })),
  notRun: [],
});

/** Feeds the events in turn, from watch mode started on `index`; the last transition. */
function feed(
  events: WatchEvent[],
  options: { index?: number; stay?: boolean; interactive?: boolean } = {},
): Transition & { all: Effect[] } {
  const start = startWatch(steps, steps[options.index ?? 2], {
    stay: options.stay ?? false,
    interactive: options.interactive ?? true,
  });
  let transition: Transition = start;
  const all = [...start.effects];
  for (const event of events) {
    transition = reduce(transition.state, event);
    all.push(...transition.effects);
  }
  return { ...transition, all };
}

const types = (effects: Effect[]) => effects.map((effect) => effect.type);
const drawn = (effects: Effect[]) =>
  effects.flatMap((effect) =>
    effect.type === 'draw' || effect.type === 'print' ? effect.lines : [],
  );
const finished = (run: number, passed: number, total = 5): WatchEvent => ({
  type: 'run-finished',
  run,
  check: check(passed, total),
});

describe('watch mode, event by event', () => {
  it('starts by following the step it was given, before any run', () => {
    const { state, effects } = feed([]);
    expect(state).toMatchObject({ index: 2, phase: 'idle', run: 0 });
    expect(effects).toEqual([{ type: 'follow', step: steps[2] }]);
  });

  it('takes a look at the files as a save, a missing file, or a file back', () => {
    const { state } = feed([]);
    expect(noticed(state, [])).toEqual({ type: 'saved' });
    expect(noticed(state, ['src/x.ts'])).toEqual({ type: 'file-missing', files: ['src/x.ts'] });
    const waiting = feed([{ type: 'file-missing', files: ['src/x.ts'] }]).state;
    expect(noticed(waiting, [])).toEqual({ type: 'file-back' });
  });

  it('runs the tests on a save, saying so until the results replace it', () => {
    const { state, effects } = feed([{ type: 'saved' }]);
    expect(state).toMatchObject({ phase: 'running', run: 1 });
    expect(types(effects)).toEqual(['draw', 'run']);
    expect(drawn(effects).join('\n')).toContain(`Running the tests of step 3…`);
  });

  it('makes the saves during a run one more run after it, not one each', () => {
    const during = feed([{ type: 'saved' }, { type: 'saved' }, { type: 'saved' }]);
    expect(during.state).toMatchObject({ phase: 'running', run: 1, queue: { again: true } });
    expect(types(during.effects)).toEqual([]);
    const after = reduce(during.state, finished(1, 2));
    expect(after.state).toMatchObject({ phase: 'running', run: 2, queue: { again: false } });
    expect(types(after.effects)).toEqual(['draw', 'draw', 'run']);
    const idle = reduce(after.state, finished(2, 2));
    expect(idle.state).toMatchObject({ phase: 'idle', queue: { running: false } });
    expect(types(idle.effects)).toEqual(['draw']);
  });

  it('shows the score and the first failing requirement of a run', () => {
    const { state, effects } = feed([{ type: 'saved' }, finished(1, 3)]);
    expect(state.phase).toBe('idle');
    const screen = drawn(effects).join('\n');
    expect(screen).toContain('✗ 3 of 5 requirements pass.');
    expect(screen).toContain('Next: requirement 4');
    expect(screen).toContain('requirement 4 is not met');
  });

  it('ignores the end of a run that is no longer the latest', () => {
    const { state, effects } = feed([
      { type: 'saved' },
      { type: 'file-missing', files: ['src/x.ts'] },
      { type: 'file-back' },
      finished(1, 5),
    ]);
    expect(state).toMatchObject({ phase: 'running', run: 2 });
    expect(effects).toEqual([]);
  });

  it('moves on to the next step once all pass, following its files', () => {
    const { state, effects } = feed([{ type: 'saved' }, finished(1, 5)]);
    expect(state).toMatchObject({ index: 3, phase: 'idle' });
    expect(effects).toEqual([{ type: 'follow', step: steps[3] }]);
    expect(state.onTop.join('\n')).toContain('✓ Step 3 is done: all 5 requirements pass.');
  });

  it('stays on a step the learner named, once it passes', () => {
    const { state, effects } = feed([{ type: 'saved' }, finished(1, 5)], { stay: true });
    expect(state).toMatchObject({ index: 2, phase: 'idle' });
    expect(drawn(effects).join('\n')).toContain('Still watching step 3, as you asked');
  });

  it('after the last step, waits for a key in a terminal, and exits 0 elsewhere', () => {
    const done = feed([{ type: 'saved' }, finished(1, 5)], { index: last });
    expect(done.state.phase).toBe('finished');
    expect(types(done.effects)).toEqual(['draw', 'stop-watching']);
    expect(reduce(done.state, { type: 'key', key: 'x' }).effects).toContainEqual({
      type: 'exit',
      code: 0,
    });
    const piped = feed([{ type: 'saved' }, finished(1, 5)], { index: last, interactive: false });
    expect(piped.state.phase).toBe('stopped');
    expect(piped.effects).toContainEqual({ type: 'exit', code: 0 });
  });

  it('waits for a learner file that is missing, saying which, and runs once it is back', () => {
    const waiting = feed([{ type: 'file-missing', files: ['src/with-error-mapping.ts'] }]);
    expect(waiting.state).toMatchObject({
      phase: 'waiting',
      missing: ['src/with-error-mapping.ts'],
    });
    expect(drawn(waiting.effects).join('\n')).toContain(
      `Waiting for src/with-error-mapping.ts in steps/${steps[2].slug} (renamed? the step expects that name).`,
    );
    // Other saves while it is missing: nothing runs, nothing flickers.
    const still = reduce(waiting.state, {
      type: 'file-missing',
      files: ['src/with-error-mapping.ts'],
    });
    expect(still.effects).toEqual([]);
    expect(reduce(waiting.state, { type: 'key', key: 'r' }).effects).toEqual([]);
    const back = reduce(waiting.state, { type: 'file-back' });
    expect(back.state).toMatchObject({ phase: 'running', run: 1, missing: [] });
    expect(types(back.effects)).toEqual(['draw', 'run']);
  });

  it('stops the run under way when a learner file goes', () => {
    const { state, effects } = feed([{ type: 'saved' }, { type: 'file-missing', files: ['a.ts'] }]);
    expect(state.phase).toBe('waiting');
    expect(types(effects)).toEqual(['stop-run', 'draw']);
  });

  it('on Ctrl+C during a run, stops it, says so and exits 130', () => {
    const { state, effects } = feed([{ type: 'saved' }, { type: 'key', key: '\u0003' }]);
    expect(state.phase).toBe('stopped');
    expect(types(effects)).toEqual(['stop-run', 'stop-watching', 'print', 'exit']);
    expect(drawn(effects)).toEqual(['Stopped: the tests of step 3 did not finish.']);
    expect(effects).toContainEqual({ type: 'exit', code: 130 });
  });

  it('exits as its signal says (SIGTERM 143, SIGHUP 129), and on q with 0 and nothing said', () => {
    expect(feed([{ type: 'signal', signal: 'SIGTERM' }]).effects).toContainEqual({
      type: 'exit',
      code: 143,
    });
    expect(feed([{ type: 'signal', signal: 'SIGHUP' }]).effects).toContainEqual({
      type: 'exit',
      code: 129,
    });
    const quit = feed([{ type: 'saved' }, { type: 'key', key: 'q' }]);
    expect(types(quit.effects)).toEqual(['stop-run', 'stop-watching', 'exit']);
    expect(quit.effects).toContainEqual({ type: 'exit', code: 0 });
  });

  it('once stopped, ignores everything: a second Ctrl+C, the end of the stopped run', () => {
    const stopped: WatchState = feed([
      { type: 'saved' },
      { type: 'signal', signal: 'SIGINT' },
    ]).state;
    for (const event of [
      { type: 'signal', signal: 'SIGINT' },
      finished(1, 5),
      { type: 'saved' },
    ] satisfies WatchEvent[])
      expect(reduce(stopped, event)).toEqual({ state: stopped, effects: [] });
  });

  it('shows a hint or the list under the results on h and l', () => {
    const { state } = feed([{ type: 'saved' }, finished(1, 3)]);
    const hint = reduce(state, { type: 'key', key: 'h' });
    expect(hint.effects).toEqual([
      { type: 'draw', lines: state.onScreen, fresh: [] },
      { type: 'hint', step: steps[2] },
    ]);
    expect(types(reduce(state, { type: 'key', key: 'l' }).effects)).toEqual(['draw', 'list']);
  });
});
