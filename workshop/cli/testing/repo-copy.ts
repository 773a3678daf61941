import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shippedStepFile } from '../../curriculum/committed-starter';
import { loadSteps, stepFolder } from '../../curriculum/manifest';
import { repoRoot } from '../../paths';

export interface RepoCopy {
  root: string;
  /** Runs the CLI as `npm run workshop -- …` would, without a terminal. */
  cli: (...args: string[]) => { code: number | null; out: string; err: string };
  /** Starts the CLI and returns the process, for commands that keep running. */
  spawnCli: (...args: string[]) => ChildProcess;
  remove: () => void;
}

/** The small workshop the CLI's tests run on: two steps, its own manifest, tiny files. */
export const fixtureWorkshop = path.join(__dirname, 'fixture-workshop');
/** What a fixture workshop replaces: the curriculum. The machinery and the solution stay. */
const CURRICULUM = ['steps', 'answers', 'docs'];

/**
 * A throw-away copy of the workshop as a learner clones it: the files git knows (the
 * starters as git has them, whatever this checkout's learner files hold), committed
 * in a fresh repository (so reset has a starter to go back to), and node_modules linked
 * from this checkout. `curriculum: 'fixture'` (the default) puts the fixture workshop's
 * steps, answers and docs in place of the real ones, so that a test does not break when a
 * step's content changes; `'real'` keeps the real ones. `without` leaves packages out of
 * node_modules, to play a broken install.
 */
export function makeRepoCopy(
  options: { curriculum?: 'fixture' | 'real'; without?: string[] } = {},
): RepoCopy {
  const fixture = (options.curriculum ?? 'fixture') === 'fixture';
  const root = mkdtempSync(path.join(os.tmpdir(), 'workshop-copy-'));
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  const curriculum = (file: string) => CURRICULUM.includes(file.split('/')[0]);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (fixture && curriculum(file)) continue;
    // A file deleted in the working tree but not yet in git's index.
    if (!existsSync(path.join(repoRoot, file))) continue;
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(root, file));
  }
  if (fixture) {
    for (const folder of CURRICULUM)
      cpSync(path.join(fixtureWorkshop, folder), path.join(root, folder), { recursive: true });
  } else {
    // The starters as git has them: this checkout's learner files may hold someone's work.
    for (const step of loadSteps()) {
      for (const file of step.learnerFiles) {
        const starter = shippedStepFile(step, file);
        if (starter !== undefined) writeFileSync(path.join(stepFolder(step, root), file), starter);
      }
    }
  }
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=Learner', '-c', 'user.email=learner@example.com', ...args], {
      cwd: root,
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'The workshop as cloned');
  linkNodeModules(root, options.without ?? []);

  const env = { ...process.env, NO_COLOR: '1', npm_config_user_agent: 'npm/11.0.0 node/v20' };
  return {
    root,
    cli: (...args) => {
      const run = spawnSync(process.execPath, ['workshop/cli/launch.js', ...args], {
        cwd: root,
        encoding: 'utf8',
        env,
      });
      return { code: run.status, out: run.stdout, err: run.stderr };
    },
    spawnCli: (...args) =>
      spawn(process.execPath, ['workshop/cli/launch.js', ...args], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function linkNodeModules(root: string, without: string[]): void {
  const source = path.join(repoRoot, 'node_modules');
  const target = path.join(root, 'node_modules');
  const type = process.platform === 'win32' ? 'junction' : 'dir';
  if (without.length === 0) {
    symlinkSync(source, target, type);
    return;
  }
  mkdirSync(target);
  for (const entry of readdirSync(source)) {
    if (entry.startsWith('@')) {
      mkdirSync(path.join(target, entry));
      for (const scoped of readdirSync(path.join(source, entry))) {
        if (!without.includes(`${entry}/${scoped}`))
          symlinkSync(path.join(source, entry, scoped), path.join(target, entry, scoped), type);
      }
    } else if (!without.includes(entry)) {
      symlinkSync(path.join(source, entry), path.join(target, entry), type);
    }
  }
}

/** Resolves once the output printed from now on matches `pattern`; rejects after `timeoutMs`. */
export function waitForOutput(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs = 60_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) done(() => resolve(output));
    };
    const timer = setTimeout(
      () =>
        done(() => reject(new Error(`No ${pattern} after ${timeoutMs} ms. Output:\n${output}`))),
      timeoutMs,
    );
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      settle();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );
}
