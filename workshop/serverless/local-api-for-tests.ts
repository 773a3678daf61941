import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadOnce } from '../jest/load-once';
import { type LocalApi, startLocalApi } from './local-api';

/**
 * A local API the CLI runs for a step folder, announced in the file that WORKSHOP_WARM_APIS
 * names: `{ "<step folder>": { "status": "ready", "baseUrl": …, "outputFile": … } }`. Watch
 * mode keeps it running across reruns and brings it up to date with the learner's files
 * before each run, so a rerun does not wait 3 s for serverless-offline to start; `test N`
 * starts it while jest starts. "starting": wait; "none": start one of your own.
 */
export type WarmApi =
  | { status: 'starting' }
  | { status: 'none' }
  | { status: 'ready'; baseUrl: string; outputFile: string };

async function warmApiFor(
  folder: string,
  timeoutMs = 60_000,
): Promise<Extract<WarmApi, { status: 'ready' }> | undefined> {
  const file = process.env.WORKSHOP_WARM_APIS;
  if (!file) return undefined;
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    let state: WarmApi | undefined;
    try {
      state = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, WarmApi>)[
        path.resolve(folder)
      ];
    } catch {
      state = undefined;
    }
    if (state?.status !== 'starting') return state?.status === 'ready' ? state : undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

/**
 * For a step's test file: the service in `folder` on a local API Gateway, on a free port
 * (so a running `serve` does not get in the way), started before the file's tests and
 * stopped after them whatever happens; or the one watch mode keeps warm for the folder.
 */
export function localApiFor(folder: string): () => LocalApi {
  let started: LocalApi | undefined;
  const api = loadOnce(async () => {
    const warm = await warmApiFor(folder);
    if (warm) return fromWarm(warm);
    exitOnSignals();
    started = await startLocalApi({ cwd: folder });
    return started;
  }, 90_000);
  afterAll(async () => started?.stop());
  return api;
}

/**
 * A test run that is stopped (Ctrl+C, watch mode quitting) exits through process.exit, so
 * that the local API it started is ended with it (see startLocalApi) instead of left running.
 */
function exitOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(code));
  }
}

function fromWarm(warm: Extract<WarmApi, { status: 'ready' }>): LocalApi {
  const url = new URL(warm.baseUrl);
  return {
    baseUrl: warm.baseUrl,
    httpPort: Number(url.port),
    pid: 0,
    folder: '',
    output: () => readFileSync(warm.outputFile, 'utf8'),
    follow: () => undefined,
    // Watch mode owns it.
    stop: async () => undefined,
  };
}
