import { createHash } from 'node:crypto';
import { claimFirst, recordRead, SHARED_ERRORS_FOLDER } from './shared-errors';

/**
 * For what a step's test file loads once before its tests (serverless.yml as the framework
 * reads it, a package, a local API): loads it in `beforeAll` and returns a getter for the
 * tests. When loading fails, the first test in the run to read it fails with the whole
 * error, and every later one with a line that points there: one YAML mistake is reported
 * once, not once per test (it was 6 to 10 times). Which test holds the whole error is
 * recorded for the runner (shared-errors.ts), so that watch mode shows it without reading
 * the pointer's words.
 */
export function loadOnce<T>(load: () => Promise<T>, timeoutMs?: number): () => T {
  let value: T | undefined;
  let failure: Error | undefined;
  beforeAll(async () => {
    try {
      value = await load();
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
  }, timeoutMs);
  const read = (): T => {
    if (failure === undefined) return value as T;
    const error = createHash('sha256').update(failure.message).digest('hex').slice(0, 16);
    const whole = firstTime(error);
    const folder = process.env[SHARED_ERRORS_FOLDER];
    const { testPath, currentTestName } = expect.getState();
    if (folder && testPath && currentTestName)
      recordRead(folder, { error, testPath, fullName: currentTestName, whole });
    if (whole) throw failure;
    const pointer = new Error(
      `${firstLine(failure.message).replace(/:$/, '')} (the same error as the first failing test: fix that one first).`,
    );
    // Jest then shows the test's line that read it, not this one.
    Error.captureStackTrace(pointer, read);
    throw pointer;
  };
  return read;
}

const seenHere = new Set<string>();

/**
 * Whether this error is reported for the first time in this test run: in the run the runner
 * names (the test files of one run, which jest may run in other processes, agree), or
 * without one, in this process.
 */
function firstTime(error: string): boolean {
  if (seenHere.has(error)) return false;
  seenHere.add(error);
  const folder = process.env[SHARED_ERRORS_FOLDER];
  return folder ? claimFirst(folder, error) : true;
}

function firstLine(message: string): string {
  return message.trim().split('\n')[0];
}
