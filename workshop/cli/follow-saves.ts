import { ended, idleQueue, type RunQueue, saved } from './run-queue';

/**
 * Runs `refresh` after a save, one run at a time: saves made during a run make one more run
 * after it, not one each (see run-queue.ts). `refresh` resolves true to run again whatever (a
 * server it found stopped).
 */
export function followSaves(refresh: () => Promise<boolean>): {
  onSave: () => void;
  /** Resolves once no run is under way. */
  idle: () => Promise<void>;
} {
  let queue: RunQueue = idleQueue;
  let running: Promise<void> | undefined;
  const start = (): void => {
    running = refresh().then(
      (rerun) => next(ended(queue, rerun)),
      (error: unknown) => {
        next({ queue: idleQueue, start: false });
        throw error;
      },
    );
  };
  const next = (step: { queue: RunQueue; start: boolean }): void => {
    queue = step.queue;
    if (step.start) start();
    else running = undefined;
  };
  return {
    onSave: () => next(saved(queue)),
    idle: async () => {
      while (running) await running;
    },
  };
}
