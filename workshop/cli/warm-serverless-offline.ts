import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { type Step, stepFolder } from '../curriculum/manifest';
import { BUILD_OUTPUT, buildRoot, syncServiceCopy } from '../serverless/build-copy';
import { type ServerlessOffline, startServerlessOffline } from '../serverless/serverless-offline';

/**
 * What `refresh` did: the server is `unchanged`, `rebuilt` with the saved code, or `started`
 * (the first time, or again after a change outside src/); or it still runs the last code
 * that built (`bundle error`); or there is none: the step does not use serverless-offline
 * (`not served`), no rebuild was seen after a save (`no rebuild seen`: it was stopped), or it
 * did not start (`failed`).
 */
export type Refresh =
  | { outcome: 'unchanged' | 'rebuilt' | 'started' | 'bundle error'; api: ServerlessOffline }
  | { outcome: 'not served' | 'no rebuild seen' }
  | { outcome: 'failed'; error: Error };

export interface WarmServerlessOfflineOptions {
  /** The port to listen on, kept across restarts (`serve N`); a free one by default. */
  httpPort?: number;
  /** Everything the server prints (`serve N --offline` shows it). */
  onOutput?: (text: string) => void;
  /** Called before a running server is stopped to start again, for a change outside src/. */
  onRestart?: () => void;
}

/**
 * serverless-offline kept running for a step while the learner edits it (`serve N --offline`),
 * so that a save does not wait for it to start again (about 3 s). `refresh` brings it up to
 * date with the step folder: a change to serverless.yml (anything outside src/) restarts it;
 * a change to the code is copied into its build copy, where serverless-esbuild rebuilds it,
 * and `refresh` waits for that rebuild.
 */
export class WarmServerlessOffline {
  private api: ServerlessOffline | undefined;
  private configHash = '';
  private disposed = false;
  /** serverless-esbuild's rebuilds so far, as the server printed them, and how the last one went. */
  private builds = { count: 0, lastFailed: false };
  private readonly copy: string;
  constructor(
    private readonly step: Step,
    private readonly options: WarmServerlessOfflineOptions = {},
  ) {
    this.copy = path.join(buildRoot, step.slug, 'serve');
  }

  /** Brings the server up to date with the step folder, and says what that took. */
  async refresh(): Promise<Refresh> {
    return this.upToDate().catch((error: Error) => ({ outcome: 'failed' as const, error }));
  }

  private async upToDate(): Promise<Refresh> {
    if (this.disposed) return { outcome: 'not served' };
    const folder = stepFolder(this.step);
    const config = readFileSync(path.join(folder, 'serverless.yml'), 'utf8');
    if (!/^\s*-\s*serverless-offline\s*$/m.test(config)) {
      await this.stop();
      return { outcome: 'not served' };
    }
    const configHash = hashOf(serviceFilesOutsideSrc(folder));
    if (this.api && configHash === this.configHash) {
      const api = this.api;
      const before = this.builds.count;
      if (!copyChanged(folder, this.copy)) return { outcome: 'unchanged', api };
      const rebuilt = await this.rebuilt(before);
      if (rebuilt === 'error') return { outcome: 'bundle error', api };
      if (rebuilt === 'unseen') {
        await this.stop();
        return { outcome: 'no rebuild seen' };
      }
      return { outcome: 'rebuilt', api };
    }
    if (this.api) this.options.onRestart?.();
    await this.stop();
    syncServiceCopy(folder, this.copy);
    // --verbose: serverless-esbuild then says when it has rebuilt after a change.
    const api = await startServerlessOffline({
      cwd: this.copy,
      httpPort: this.options.httpPort,
      extraArgs: ['--reloadHandler', '--verbose'],
      readyTimeoutMs: 30_000,
    });
    // Watch mode quit, or moved on, while the server was starting.
    if (this.disposed) {
      await api.stop();
      return { outcome: 'not served' };
    }
    this.api = api;
    this.configHash = configHash;
    this.builds = { count: 0, lastFailed: false };
    api.follow((text) => {
      for (const [line] of text.matchAll(
        /Watching files for changes|Bundle error, waiting for a file change/g,
      )) {
        this.builds = {
          count: this.builds.count + 1,
          lastFailed: line.startsWith('Bundle error'),
        };
      }
      this.options.onOutput?.(text);
    });
    return { outcome: 'started', api };
  }

  /**
   * Waits (up to 3 s) for serverless-esbuild to finish the rebuilds a change to src/ starts:
   * one save can start two (its watcher may see the file truncated, then written), so the
   * builds must also have been quiet for a moment; a request during the second once went
   * unanswered. The outcome is the last build's.
   */
  private async rebuilt(before: number): Promise<'built' | 'error' | 'unseen'> {
    let seen = before;
    let quietMs = 0;
    for (let waited = 0; waited < 3000; waited += 20) {
      if (this.builds.count !== seen) {
        seen = this.builds.count;
        quietMs = 0;
      } else if (seen > before) {
        quietMs += 20;
        if (quietMs >= 250) return this.builds.lastFailed ? 'error' : 'built';
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return 'unseen';
  }

  /** Stops the server for good: serve ends. */
  async dispose(): Promise<void> {
    this.disposed = true;
    await this.stop();
  }

  private async stop(): Promise<void> {
    const api = this.api;
    this.api = undefined;
    this.configHash = '';
    await api?.stop();
  }
}

/** Everything of the service but src/ and the tests: a change there restarts the server. */
function serviceFilesOutsideSrc(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name !== 'src' && name !== 'test' && !BUILD_OUTPUT.has(name))
    .sort()
    .map(
      (name) =>
        `${name}\0${statSync(path.join(folder, name)).isFile() ? readFileSync(path.join(folder, name), 'utf8') : ''}`,
    );
}

function hashOf(parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/** Brings the copy's src/ in line with the step's, writing only what differs; true when anything did. */
function copyChanged(folder: string, copy: string): boolean {
  const from = path.join(folder, 'src');
  const to = path.join(copy, 'src');
  let changed = false;
  const wanted = new Set(existsSync(from) ? filesIn(from) : []);
  for (const file of wanted) {
    const content = readFileSync(path.join(from, file));
    const target = path.join(to, file);
    if (existsSync(target) && readFileSync(target).equals(content)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    // Written whole, then renamed into place: serverless-esbuild's watcher must never see the
    // file truncated, or it bundles an empty module and the next request gets a 502 (seen
    // under load, when its second rebuild came after the quiet time `rebuilt` waits for).
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, content);
    renameSync(partial, target);
    changed = true;
  }
  for (const file of existsSync(to) ? filesIn(to) : []) {
    if (!wanted.has(file)) {
      rmSync(path.join(to, file));
      changed = true;
    }
  }
  return changed;
}

function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) =>
    statSync(path.join(folder, name)).isFile(),
  );
}
