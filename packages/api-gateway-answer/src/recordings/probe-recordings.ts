import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ProbeRun, Recording } from './recording';

/** Where `npm run record:aws` writes, and where a recording sent back by a learner goes. */
export const AWS_RECORDINGS_FOLDER = path.join(__dirname, 'aws');

/** A recordings file as `npm run record:aws` writes it: the run, then every case's answer. */
export interface RecordingsFile {
  run: ProbeRun;
  recordings: Recording[];
}

/**
 * Reads a recordings file and checks its shape, so that a file sent back by hand (or cut
 * short) fails with the file and the case named, not deep inside the model.
 */
export function parseRecordingsFile(text: string, file: string): Recording[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON (${(error as Error).message}).`);
  }
  const recordings = (parsed as Partial<RecordingsFile> | null)?.recordings;
  if (!Array.isArray(recordings)) throw new Error(`${file} has no "recordings" array.`);
  recordings.forEach((recording: unknown, index) => {
    const problem = shapeProblem(recording);
    if (problem) throw new Error(`${file}, recordings[${index}]: ${problem}.`);
  });
  return recordings as Recording[];
}

function shapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (value.integration !== 'proxy' && value.integration !== 'lambda')
    return `integration must be "proxy" or "lambda", got ${JSON.stringify(value.integration)}`;
  if (typeof value.name !== 'string') return 'no name';
  if (
    !isObject(value.lambda) ||
    !['result', 'error', 'refused'].some((key) => key in (value.lambda as object))
  )
    return 'lambda must hold a result, an error or refused';
  if (value.integration === 'lambda' && !Array.isArray(value.responses))
    return 'a Lambda-integration recording needs its integration responses';
  const client = value.client;
  if (!isObject(client) || typeof client.statusCode !== 'number')
    return 'client.statusCode must be a number';
  if (!isObject(client.body) || !('text' in client.body || 'json' in client.body))
    return 'client.body must be {"text": …} or {"json": …}';
  const provenance = value.provenance;
  if (
    !isObject(provenance) ||
    typeof provenance.case !== 'string' ||
    !(isObject(provenance.probe) || isObject(provenance.test))
  )
    return 'provenance must name the run (probe) and the case';
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every recording in `folder` (each `*.json` file), in file-name order; none when the folder is missing. */
export function loadRecordings(folder: string = AWS_RECORDINGS_FOLDER): Recording[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) =>
      parseRecordingsFile(readFileSync(path.join(folder, name), 'utf8'), path.join(folder, name)),
    );
}
