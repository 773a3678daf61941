import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readsIn, SHARED_ERRORS_FOLDER, type SharedErrorRead } from '../jest/shared-errors';
import { repoRoot } from '../paths';

export interface TestOutcome {
  /** describe titles and the test title, joined by spaces: what the manifest names. */
  fullName: string;
  /** The same, apart: to show as `describe › test`. */
  titles: string[];
  passed: boolean;
  failureMessages: string[];
  /**
   * Set when the test failed on a value its file loads once and could not (loadOnce): the
   * same `error` for every test that met it, and `whole` for the one test that reports it
   * whole, where the others hold a one-line pointer to it.
   */
  sharedError?: { error: string; whole: boolean };
}

export interface SuiteOutcome {
  file: string;
  tests: TestOutcome[];
  /** Set when the file could not run at all (a syntax error, a missing import). */
  suiteError?: string;
}

export interface StepTestRun {
  exitCode: number;
  suites: SuiteOutcome[];
}

/** Run with this Node, so no shell or `.cmd` shim is involved (Windows). */
export const jestBin = require.resolve('jest/bin/jest', { paths: [repoRoot] });
const stepsConfig = path.join(repoRoot, 'workshop', 'jest', 'steps.config.js');

interface JestJson {
  testResults: Array<{
    name: string;
    message: string;
    status: string;
    assertionResults: Array<{
      fullName: string;
      ancestorTitles: string[];
      title: string;
      status: string;
      failureMessages: string[];
    }>;
  }>;
}

/**
 * Runs the step tests found under `roots` in one jest process and returns every outcome.
 * `show: true` lets jest print its own report to this terminal (the learner's view).
 */
export interface StepTestOptions {
  show?: boolean;
  maxWorkers?: number;
  extraArgs?: string[];
  env?: Record<string, string>;
  /** Ends the jest process (watch mode quits). */
  signal?: AbortSignal;
}

export function runStepTests(roots: string[], options: StepTestOptions = {}): Promise<StepTestRun> {
  // One folder for the run's plumbing, made and removed here: jest's results, and what its
  // test files say of the errors they share.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'workshop-jest-'));
  const outputFile = path.join(scratch, 'results.json');
  const sharedErrors = path.join(scratch, 'shared-errors');
  mkdirSync(sharedErrors);
  const colours =
    options.show && process.stdout.isTTY && !('NO_COLOR' in process.env) ? ['--colors'] : [];
  const args = [
    jestBin,
    '-c',
    stepsConfig,
    '--json',
    `--outputFile=${outputFile}`,
    ...workers(options.maxWorkers ?? 1),
    ...colours,
    ...(options.extraArgs ?? []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: {
        ...process.env,
        WORKSHOP_STEP_ROOTS: roots.join(path.delimiter),
        [SHARED_ERRORS_FOLDER]: sharedErrors,
        ...options.env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      errors += text;
      // jest's report is the learner's view; where it saved its JSON is only our plumbing.
      if (options.show) process.stderr.write(text.replace(/^Test results written to: .*\n?/m, ''));
    });
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const json = JSON.parse(readFileSync(outputFile, 'utf8')) as JestJson;
        const reads = readsIn(sharedErrors);
        resolve({
          exitCode: code ?? 1,
          suites: json.testResults.map((result) => toSuite(result, reads)),
        });
      } catch {
        reject(new Error(`jest produced no results (exit ${code}).\n${errors.slice(-4000)}`));
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  });
}

/** One worker runs in this jest process (--runInBand): starting a worker process cost 0.3 s a run. */
const workers = (count: number) => (count === 1 ? ['--runInBand'] : [`--maxWorkers=${count}`]);

function toSuite(result: JestJson['testResults'][number], reads: SharedErrorRead[]): SuiteOutcome {
  const tests = result.assertionResults.map((test): TestOutcome => {
    const read = reads.find(
      (each) =>
        path.resolve(each.testPath) === path.resolve(result.name) &&
        each.fullName === test.fullName,
    );
    return {
      fullName: test.fullName,
      titles: [...test.ancestorTitles, test.title],
      passed: test.status === 'passed',
      failureMessages: test.failureMessages,
      ...(read && test.status !== 'passed'
        ? { sharedError: { error: read.error, whole: read.whole } }
        : {}),
    };
  });
  const suiteError = result.status === 'failed' && tests.length === 0 ? result.message : undefined;
  return { file: result.name, tests, ...(suiteError ? { suiteError } : {}) };
}
