import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoadedHandler } from './loaded-functions';

/**
 * What a function did for one request, as the handler left it, before Lambda or API Gateway
 * touched it: the value it returned, what it threw, or still running when the answer went out
 * (it outlived a timeout). The journey page shows it beside what API Gateway made of it.
 */
export type FunctionRun =
  | { outcome: 'returned'; value: unknown }
  | { outcome: 'threw'; error: unknown }
  | { outcome: 'running' };

const current = new AsyncLocalStorage<FunctionRun[]>();

/** `work`'s value, with the runs of every handler it called (through `recordingRuns`), in order. */
export async function withFunctionRuns<T>(
  work: () => Promise<T>,
): Promise<{ value: T; runs: FunctionRun[] }> {
  const runs: FunctionRun[] = [];
  const value = await current.run(runs, work);
  return { value, runs };
}

/** `handler`, its runs recorded for the request that calls it (none outside withFunctionRuns). */
export function recordingRuns(handler: LoadedHandler): LoadedHandler {
  return async (event, context) => {
    const runs = current.getStore();
    const index = runs?.push({ outcome: 'running' }) ?? 0;
    const record = (run: FunctionRun) => {
      if (runs !== undefined) runs[index - 1] = run;
    };
    try {
      const value = await handler(event, context);
      record({ outcome: 'returned', value });
      return value;
    } catch (error) {
      record({ outcome: 'threw', error });
      throw error;
    }
  };
}
