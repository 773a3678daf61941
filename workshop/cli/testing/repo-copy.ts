import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
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
 * node_modules, to play a broken install: that copy has never run the CLI, so it has no
 * bundle of it either.
 *
 * Each copy is a plain copy of a template made once per curriculum and test file (or
 * process, outside jest), with the CLI already bundled as after a first run:
 * building the copy file by file, committing it and bundling the CLI for every test cost
 * most of the CLI tests' time.
 */
export function makeRepoCopy(
  options: { curriculum?: 'fixture' | 'real'; without?: string[]; seedTemplates?: boolean } = {},
): RepoCopy {
  const template = templateOf(options.curriculum ?? 'fixture');
  const root = mkdtempSync(path.join(os.tmpdir(), 'workshop-copy-'));
  cpSync(template, root, { recursive: true });
  const bundle = path.join(root, CLI_BUNDLE);
  const without = options.without ?? [];
  if (without.length > 0) rmSync(path.join(root, '.workshop'), { recursive: true });
  // launch.js rebuilds a bundle older than any source: the copy's files are all as new
  // as the copy, so the bundle is made newer than them, as it is after a build.
  else {
    utimesSync(bundle, new Date(), new Date());
    if (options.seedTemplates) seedTemplateCache(root);
  }
  linkNodeModules(root, without);

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

/**
 * Gives a copy the compiled templates this checkout's cache holds, as hard links (copies
 * where links cannot be made): `seedTemplates`, for the tests that serve the solution or a
 * step and do not test the compile (a framework process, about 1 s of CPU, in every copy).
 * A template's key is a hash of all it is made from (serverless.yml as resolved,
 * package-lock.json, the compiler: compile-template.ts), none of which depends on where the
 * folder is, so a copy finds exactly what it would have compiled; a serverless.yml a test
 * saves has a key of its own and is still compiled by the framework. Packages are left out:
 * the watch tests and the benchmark's cold runs need the framework to run in the copy.
 * An entry is added whole or not at all; the checkout's cache is only read.
 */
function seedTemplateCache(root: string): void {
  const from = path.join(repoRoot, '.workshop', 'cache', 'template');
  if (!existsSync(from)) return;
  const to = path.join(root, '.workshop', 'cache', 'template');
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    // Entries being written are not whole yet.
    if (entry.endsWith('.tmp')) continue;
    const incoming = path.join(to, `${entry}.seed.tmp`);
    try {
      linkTree(path.join(from, entry), incoming);
      renameSync(incoming, path.join(to, entry));
    } catch {
      // Gone from the checkout's cache meanwhile: the copy compiles it if it needs it.
      rmSync(incoming, { recursive: true, force: true });
    }
  }
}

/** Hard-links the file, or the folder's files, at `to`. */
function linkTree(from: string, to: string): void {
  if (!statSync(from).isDirectory()) {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
    return;
  }
  mkdirSync(to);
  for (const entry of readdirSync(from)) linkTree(path.join(from, entry), path.join(to, entry));
}

/** Where launch.js keeps the CLI's bundle, from a copy's root (git-ignored, so never cloned). */
const CLI_BUNDLE = path.join('.workshop', 'build', 'cli.js');

/** The template of each curriculum, made by the first copy of it in this process. */
const templates = new Map<'fixture' | 'real', string>();

function templateOf(curriculum: 'fixture' | 'real'): string {
  const made = templates.get(curriculum);
  if (made !== undefined) return made;
  const root = mkdtempSync(path.join(os.tmpdir(), 'workshop-template-'));
  templates.set(curriculum, root);
  const fixture = curriculum === 'fixture';
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  const isCurriculum = (file: string) => CURRICULUM.includes(file.split('/')[0]);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (fixture && isCurriculum(file)) continue;
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
  // No sample hooks: fewer files to copy, and no test runs a hook.
  git('init', '-q', '--template=');
  git('add', '-A');
  git('commit', '-q', '-m', 'The workshop as cloned');
  // One pack instead of a file per object: half as many files to copy into each copy.
  git('gc', '-q', '--prune=now');
  // The CLI bundled by its own launcher, as on a learner's first run.
  linkNodeModules(root, []);
  const built = spawnSync(process.execPath, ['workshop/cli/launch.js', '--help'], {
    cwd: root,
    encoding: 'utf8',
  });
  rmSync(path.join(root, 'node_modules'));
  if (built.status !== 0 || !existsSync(path.join(root, CLI_BUNDLE)))
    throw new Error(`The template's CLI did not build:\n${built.stderr}`);
  return root;
}

function removeTemplates(): void {
  for (const root of templates.values()) rmSync(root, { recursive: true, force: true });
  templates.clear();
}
// Jest gives each test file its own instance of this module, and a process object whose
// 'exit' never fires: there the templates go after the file's last test.
if (typeof afterAll === 'function') afterAll(removeTemplates);
else process.once('exit', removeTemplates);

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
