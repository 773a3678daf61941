import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * For what a step's test file loads once before its tests (serverless.yml as the framework
 * reads it, a package, a local API): loads it in `beforeAll` and returns a getter for the
 * tests. When loading fails, the first test in the run to read it fails with the whole
 * error, and every later one with a line that points there: one YAML mistake is reported
 * once, not once per test (it was 6 to 10 times).
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
    if (firstTime(failure.message)) throw failure;
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
 * Whether this message is reported for the first time in this test run. `workshop test` and
 * watch mode name the run in WORKSHOP_RUN_ID, so the test files of one run, which jest may
 * run in other processes, agree; without it, in this process.
 */
function firstTime(message: string): boolean {
  const key = createHash('sha256').update(message).digest('hex').slice(0, 16);
  if (seenHere.has(key)) return false;
  seenHere.add(key);
  const run = process.env.WORKSHOP_RUN_ID;
  if (!run) return true;
  const folder = path.join(os.tmpdir(), `workshop-run-${run}`);
  mkdirSync(folder, { recursive: true });
  try {
    writeFileSync(path.join(folder, key), '', { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

function firstLine(message: string): string {
  return message.trim().split('\n')[0];
}
