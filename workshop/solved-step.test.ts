import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copySolvedStep } from './solved-step';

// A repository of one step, in a temporary folder: its starter, carried file and test
// committed to git's index, its answer with a wrong answer beside it, then a maintainer's
// or a learner's edits on the disk that git does not have.
let root: string;
let target: string;
const write = (file: string, text: string) => {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
};
const read = (file: string) => readFileSync(path.join(target, file), 'utf8');
const git = (...args: string[]) => {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'solved-step-'));
  target = path.join(root, 'copy');
  write('.gitignore', '.esbuild/\ncopy/\n');
  write('steps/01-x/src/handler.ts', '// TODO\n');
  write('steps/01-x/serverless.yml', 'service: shipped\n');
  write('steps/01-x/test/handler.test.ts', 'shipped test\n');
  write('answers/01-x/src/handler.ts', 'solved\n');
  write('answers/01-x/wrong/a-mistake.patch', 'Mistake: a mistake\n');
  git('init', '-q');
  git('add', '-A');
  write('steps/01-x/src/handler.ts', "a learner's work\n");
  write('steps/01-x/serverless.yml', 'service: edited\n');
  write('steps/01-x/test/new.test.ts', 'a new test, not yet staged\n');
  write('steps/01-x/.esbuild/handler.js', 'build output\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('copySolvedStep', () => {
  it("lays the answer over the step as git's index has it, without the wrong answers", () => {
    copySolvedStep('01-x', target, { root });
    expect(read('src/handler.ts')).toBe('solved\n');
    expect(read('serverless.yml')).toBe('service: shipped\n');
    expect(read('test/handler.test.ts')).toBe('shipped test\n');
    expect(existsSync(path.join(target, 'test', 'new.test.ts'))).toBe(false);
    expect(existsSync(path.join(target, 'wrong'))).toBe(false);
    expect(existsSync(path.join(target, '.esbuild'))).toBe(false);
  });

  it('takes the step folder as it is on the disk when asked, but not what git ignores', () => {
    copySolvedStep('01-x', target, { root, stepFiles: 'disk' });
    expect(read('src/handler.ts')).toBe('solved\n');
    expect(read('serverless.yml')).toBe('service: edited\n');
    expect(read('test/new.test.ts')).toBe('a new test, not yet staged\n');
    expect(existsSync(path.join(target, 'wrong'))).toBe(false);
    expect(existsSync(path.join(target, '.esbuild'))).toBe(false);
  });
});
