import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Names the folder where the test files of one step-test run (`workshop test`, watch mode,
 * verify) say which of them failed with an error they share (loadOnce): the runner makes it,
 * reads it once jest ends, and removes it with the rest of its scratch folder.
 */
export const SHARED_ERRORS_FOLDER = 'WORKSHOP_SHARED_ERRORS';

/** One test that failed on a value loadOnce could not load. */
export interface SharedErrorRead {
  /** The same for every test of the run that met the same error. */
  error: string;
  /** jest's test file and full name of the test. */
  testPath: string;
  fullName: string;
  /** This test failed with the whole error; the others with the same `error`, with a pointer to it. */
  whole: boolean;
}

/**
 * Whether this is the first test of the run to meet `error`, claiming it if so: jest may run
 * the run's test files in other processes, so the claim is a file only one can create.
 */
export function claimFirst(folder: string, error: string): boolean {
  try {
    writeFileSync(path.join(folder, `${error}.first`), '', { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

export function recordRead(folder: string, read: SharedErrorRead): void {
  writeFileSync(path.join(folder, `${randomUUID()}.json`), JSON.stringify(read));
}

export function readsIn(folder: string): SharedErrorRead[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as SharedErrorRead);
}
