/**
 * How saves become runs, one at a time: a save starts a run, unless one is under way; saves
 * made during a run make one more run after it, not one each. Pure, so that watch mode's
 * state machine and `serve`'s rebuilds (followSaves) coalesce saves the same way.
 */
export interface RunQueue {
  readonly running: boolean;
  /** A save came during the run under way. */
  readonly again: boolean;
}

export const idleQueue: RunQueue = { running: false, again: false };

/** A save (or any reason to run): start a run now, or once the one under way ends. */
export function saved(queue: RunQueue): { queue: RunQueue; start: boolean } {
  if (queue.running) return { queue: { running: true, again: true }, start: false };
  return { queue: { running: true, again: false }, start: true };
}

/** The run under way ended: start one more if saves came meanwhile (or `rerun` asks for it). */
export function ended(queue: RunQueue, rerun = false): { queue: RunQueue; start: boolean } {
  if (queue.again || rerun) return { queue: { running: true, again: false }, start: true };
  return { queue: idleQueue, start: false };
}
