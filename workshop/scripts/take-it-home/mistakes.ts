import { readdirSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { readPatchFile } from '../../verify/wrong-patches';

/**
 * One mistake of the epilogue's example (examples/take-it-home/mistakes/<name>.patch): a
 * header, a blank line, then the diff (paths relative to the example), as the steps' wrong
 * answers are written:
 *
 *     Mistake: what is wrong, in a sentence
 *     Fails: <full name of a test that must fail>
 *     Message: <text its failure message must contain>
 *
 * Every test not named by a Fails line must pass: the style's own tests do not catch the
 * mistake, the api-gateway-answer matchers do.
 */
export interface Mistake {
  /** The file's name, e.g. `middy-cors-only-on-success.patch`. */
  file: string;
  name: string;
  /** Full test name → a text its failure message must contain. */
  failures: Record<string, string>;
  diff: string;
}

/** One test of a jest run, as `jest --json` reports it. */
export interface TestOutcome {
  fullName: string;
  passed: boolean;
  /** The failure messages, colours removed. */
  messages: string[];
}

/** What `jest --json` wrote, reduced to the tests and the files that could not run. */
export interface JestRun {
  tests: TestOutcome[];
  /** A test file that failed before any test ran (a type error, an import that failed). */
  brokenFiles: string[];
}

export function readMistake(file: string): Mistake | Error {
  const name = path.basename(file);
  const read = readPatchFile(file, name);
  if (read instanceof Error) return read;
  if (read.mistake === undefined) return new Error(`${name} has no Mistake: line.`);
  if (Object.keys(read.failures).length === 0)
    return new Error(`${name} names no test that must fail (a Fails: line).`);
  return { file: name, name: read.mistake, failures: read.failures, diff: read.diff };
}

export function readMistakes(folder: string): Array<Mistake | Error> {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.patch'))
    .sort()
    .map((name) => readMistake(path.join(folder, name)));
}

interface JestJson {
  testResults?: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults?: Array<{ fullName: string; status: string; failureMessages?: string[] }>;
  }>;
}

/** Reads `jest --json`'s output; file names are made relative to `root`. */
export function readJestRun(json: string, root: string): JestRun {
  const report = JSON.parse(json) as JestJson;
  const files = report.testResults ?? [];
  return {
    tests: files.flatMap((file) =>
      (file.assertionResults ?? []).map((test) => ({
        fullName: test.fullName,
        passed: test.status === 'passed',
        messages: (test.failureMessages ?? []).map((message) => stripVTControlCharacters(message)),
      })),
    ),
    brokenFiles: files
      .filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0)
      .map((file) => {
        const why = stripVTControlCharacters(file.message ?? '')
          .split('\n')
          .map((line) => line.trim())
          .find((line) => line !== '' && !line.startsWith('●'));
        return `${path.relative(root, file.name)}: ${why ?? 'it ran no test'}`;
      }),
  };
}

/** Why the right code's run is not all green; empty when every test passed. */
export function rightRunProblems(run: JestRun): string[] {
  return [
    ...run.brokenFiles.map((file) => `a test file did not run: ${file}`),
    ...(run.tests.length === 0 ? ['jest ran no test'] : []),
    ...run.tests.filter((test) => !test.passed).map((test) => `"${test.fullName}" fails`),
  ];
}

/**
 * Why a mistake's run does not show what it should: the tests it names fail with their
 * message, and every other test passes, as many as on the right code.
 */
export function mistakeRunProblems(mistake: Mistake, run: JestRun, rightTotal: number): string[] {
  const problems = run.brokenFiles.map((file) => `a test file did not run: ${file}`);
  if (run.tests.length !== rightTotal)
    problems.push(`jest ran ${run.tests.length} tests, ${rightTotal} on the right code`);
  for (const [name, says] of Object.entries(mistake.failures)) {
    const test = run.tests.find((each) => each.fullName === name);
    if (test === undefined) problems.push(`no test is named "${name}"`);
    else if (test.passed) problems.push(`"${name}" passes: the matcher does not catch it`);
    else if (!test.messages.some((message) => message.includes(says)))
      problems.push(`"${name}" fails, but its message does not say "${says}"`);
  }
  for (const test of run.tests)
    if (!test.passed && !(test.fullName in mistake.failures))
      problems.push(`"${test.fullName}" fails too: name it with a Fails: line, or keep it green`);
  return problems;
}

/** A failure message without jest's stack and code frame: what the matcher said. */
export function matcherMessage(message: string): string {
  const lines = message.split('\n');
  const end = lines.findIndex((line) => /^\s+at /.test(line) || /^\s*>?\s*\d+ \|/.test(line));
  return (end === -1 ? lines : lines.slice(0, end))
    .join('\n')
    .replace(/^Error: /, '')
    .trim();
}
