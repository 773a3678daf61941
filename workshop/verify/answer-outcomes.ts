import { stripVTControlCharacters } from 'node:util';
import type { SuiteOutcome } from '../curriculum/run-step-tests';
import type { AnswerEdit } from './right-answers';
import type { WrongPatch } from './wrong-patches';

/** What one copy of a step (starter, answer, a wrong or a right answer) did under its tests. */
export interface Outcomes {
  total: number;
  names: Set<string>;
  failed: string[];
  /** Full name → its failure messages as the learner reads them (no colour codes). */
  messages: Map<string, string>;
  /** A test file that could not run at all. */
  error?: string;
}

export function outcomes(suites: SuiteOutcome[]): Outcomes {
  const tests = suites.flatMap((suite) => suite.tests);
  const failing = tests.filter((test) => !test.passed);
  const error = suites.find((suite) => suite.suiteError)?.suiteError;
  return {
    total: tests.length,
    names: new Set(tests.map((test) => test.fullName)),
    failed: failing.map((test) => test.fullName),
    messages: new Map(
      failing.map((test) => [
        test.fullName,
        stripVTControlCharacters(test.failureMessages.join('\n')),
      ]),
    ),
    ...(error === undefined ? {} : { error }),
  };
}

/**
 * A wrong answer (applied to the answer) must fail a test, and fail each test it names with
 * the wording it names. `narrowed`: only the test files that hold the tests it names ran
 * (verify's narrowToNamedTests), so "passes every test" would not be true, and is not needed:
 * it names tests, so a run where it fails none says it of each.
 */
export function wrongAnswerProblems(
  wrong: Pick<WrongPatch, 'name' | 'failures'>,
  result: Outcomes,
  { narrowed = false }: { narrowed?: boolean } = {},
): string[] {
  const problems: string[] = [];
  if (!narrowed && (result.total === 0 || result.failed.length === 0))
    problems.push(`the wrong answer "${wrong.name}" passes every test.`);
  for (const [test, says] of Object.entries(wrong.failures)) {
    const messages = result.messages.get(test);
    if (messages === undefined)
      problems.push(
        `the wrong answer "${wrong.name}" should fail "${test}", but ${result.names.has(test) ? 'passes it' : 'no test has that name'}.`,
      );
    else if (!messages.includes(says))
      problems.push(
        `the wrong answer "${wrong.name}" fails "${test}" without saying ${JSON.stringify(says)}: ${firstLine(messages)}`,
      );
  }
  return problems;
}

/** Another right answer must change the answer and pass every test. */
export function rightAnswerProblems(
  right: AnswerEdit,
  edited: boolean,
  result: Outcomes,
): string[] {
  const problems: string[] = [];
  if (!edited)
    problems.push(
      `the other right answer "${right.name}" changes nothing: ${right.file} of the answer does not contain its find text.`,
    );
  if (result.total === 0)
    problems.push(
      `the other right answer "${right.name}" ran no test${result.error ? `: ${firstLine(result.error)}` : ''}.`,
    );
  for (const name of result.failed)
    problems.push(
      `the other right answer "${right.name}" fails "${name}": ${firstLine(result.messages.get(name) ?? '')}`,
    );
  return problems;
}

export function firstLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}
