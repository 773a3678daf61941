import type { SuiteOutcome } from '../curriculum/run-step-tests';
import { outcomes, rightAnswerProblems, wrongAnswerProblems } from './answer-outcomes';

const suite = (...tests: Array<[string, string?]>): SuiteOutcome[] => [
  {
    file: 'x.test.ts',
    tests: tests.map(([fullName, failure]) => ({
      fullName,
      titles: [fullName],
      passed: failure === undefined,
      failureMessages: failure === undefined ? [] : [failure],
    })),
  },
];
const edit = {
  slug: '03-return-400',
  name: 'an object body',
  file: 'src/handler.ts',
  find: 'a',
  replace: 'b',
};
const wrong = { name: 'an object body', failures: { 'sends JSON': 'body must be a string' } };

describe('wrongAnswerProblems', () => {
  it('accepts a wrong answer that fails the named test with the named wording', () => {
    const result = outcomes(
      suite(
        ['answers 400', 'Error: 502'],
        ['sends JSON', 'Error: API Gateway would answer 502: body must be a string, got object'],
      ),
    );
    expect(wrongAnswerProblems(wrong, result)).toEqual([]);
  });

  it('reads the wording as the learner does, without colour codes', () => {
    const result = outcomes(
      suite(['sends JSON', 'Error: \u001b[31mbody must\u001b[39m be a string']),
    );
    expect(wrongAnswerProblems(wrong, result)).toEqual([]);
  });

  it('says so when the named test fails with another message: the misleading one', () => {
    const result = outcomes(
      suite([
        'sends JSON',
        'Error: expect(received).toBe(expected)\n\nExpected: "application/problem+json"',
      ]),
    );
    expect(wrongAnswerProblems(wrong, result)).toEqual([
      `the wrong answer "an object body" fails "sends JSON" without saying "body must be a string": Error: expect(received).toBe(expected)`,
    ]);
  });

  it('says so when the named test passes, or does not exist', () => {
    expect(
      wrongAnswerProblems(wrong, outcomes(suite(['answers 400', 'Error: 502'], ['sends JSON']))),
    ).toEqual([`the wrong answer "an object body" should fail "sends JSON", but passes it.`]);
    expect(wrongAnswerProblems(wrong, outcomes(suite(['answers 400', 'Error: 502'])))).toEqual([
      `the wrong answer "an object body" should fail "sends JSON", but no test has that name.`,
    ]);
  });

  it('says so when the wrong answer passes every test', () => {
    expect(
      wrongAnswerProblems(
        { name: 'an object body', failures: {} },
        outcomes(suite(['answers 400'])),
      ),
    ).toEqual(['the wrong answer "an object body" passes every test.']);
  });

  it('run on the files of the tests it names only, says only what those tests did', () => {
    const passing = outcomes(suite(['answers 400'], ['sends JSON']));
    expect(wrongAnswerProblems(wrong, passing, { narrowed: true })).toEqual([
      `the wrong answer "an object body" should fail "sends JSON", but passes it.`,
    ]);
    expect(wrongAnswerProblems(wrong, passing)).toEqual([
      'the wrong answer "an object body" passes every test.',
      `the wrong answer "an object body" should fail "sends JSON", but passes it.`,
    ]);
  });
});

describe('rightAnswerProblems', () => {
  it('accepts another right answer that passes every test', () => {
    expect(
      rightAnswerProblems(edit, true, outcomes(suite(['answers 400'], ['sends JSON']))),
    ).toEqual([]);
  });

  it('names each test it fails, with the first line of the failure', () => {
    const result = outcomes(
      suite(
        ['logs the error', '\nError: Expected console.error to print the whole error\nmore'],
        ['sends JSON'],
      ),
    );
    expect(rightAnswerProblems(edit, true, result)).toEqual([
      'the other right answer "an object body" fails "logs the error": Error: Expected console.error to print the whole error',
    ]);
  });

  it('says so when it changes nothing or runs no test', () => {
    expect(
      rightAnswerProblems(
        edit,
        false,
        outcomes([{ file: 'x.test.ts', tests: [], suiteError: 'SyntaxError: oops' }]),
      ),
    ).toEqual([
      'the other right answer "an object body" changes nothing: src/handler.ts of the answer does not contain its find text.',
      'the other right answer "an object body" ran no test: SyntaxError: oops.',
    ]);
  });
});
