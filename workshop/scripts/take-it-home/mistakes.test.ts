import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../paths';
import {
  type JestRun,
  type Mistake,
  matcherMessage,
  mistakeRunProblems,
  readJestRun,
  readMistake,
  readMistakes,
  rightRunProblems,
} from './mistakes';

const OWN = 'greet, as the function answers says what is missing';
const MATCHER = 'greet, through an HTTP API answers 400 when the name is missing';
const mistake: Mistake = {
  file: '1-plain.patch',
  name: 'an error without a statusCode',
  failures: { [MATCHER]: 'inferred 200' },
  diff: 'diff --git a/x b/x\n',
};
const runOf = (tests: Array<[string, boolean, string?]>, brokenFiles: string[] = []): JestRun => ({
  tests: tests.map(([fullName, passed, message]) => ({
    fullName,
    passed,
    messages: message === undefined ? [] : [message],
  })),
  brokenFiles,
});

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'take-it-home-mistakes-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const patch = (name: string, text: string) => {
  writeFileSync(path.join(folder, name), text);
  return readMistake(path.join(folder, name));
};

describe('a mistake patch', () => {
  it('reads the mistake, each test that must fail with its message, and the diff', () => {
    const read = patch(
      'a.patch',
      `Mistake: no status\nFails: ${MATCHER}\nMessage: inferred 200\nFails: other\n\ndiff --git a/x b/x\n+y\n`,
    );
    expect(read).toEqual({
      file: 'a.patch',
      name: 'no status',
      failures: { [MATCHER]: 'inferred 200', other: '' },
      diff: 'diff --git a/x b/x\n+y\n',
    });
  });

  it('is refused without a diff, a Mistake line or a test that must fail', () => {
    expect(patch('a.patch', 'Mistake: m\nFails: t\n')).toEqual(
      new Error('a.patch holds no diff (no line starts with "diff --git").'),
    );
    expect(patch('b.patch', 'Fails: t\n\ndiff --git a/x b/x\n')).toEqual(
      new Error('b.patch has no Mistake: line.'),
    );
    expect(patch('c.patch', 'Mistake: m\n\ndiff --git a/x b/x\n')).toEqual(
      new Error('c.patch names no test that must fail (a Fails: line).'),
    );
  });

  it("the example's own patches all read", () => {
    const read = readMistakes(path.join(repoRoot, 'examples', 'take-it-home', 'mistakes'));
    expect(read.length).toBeGreaterThanOrEqual(3);
    expect(read.filter((each) => each instanceof Error)).toEqual([]);
  });
});

describe('judging the runs', () => {
  it('the right code passes when every test passes', () => {
    expect(rightRunProblems(runOf([[OWN, true]]))).toEqual([]);
    expect(rightRunProblems(runOf([[OWN, false]]))).toEqual([`"${OWN}" fails`]);
    expect(rightRunProblems(runOf([]))).toEqual(['jest ran no test']);
    expect(rightRunProblems(runOf([[OWN, true]], ['a.test.ts: TS2345']))).toEqual([
      'a test file did not run: a.test.ts: TS2345',
    ]);
  });

  it("a mistake is shown when the matcher's test fails with its message and the own tests pass", () => {
    const caught = runOf([
      [OWN, true],
      [MATCHER, false, 'Expected 400, but an inferred 200'],
    ]);
    expect(mistakeRunProblems(mistake, caught, 2)).toEqual([]);
  });

  it('says when the matcher misses it, says something else, or an own test catches it', () => {
    expect(
      mistakeRunProblems(
        mistake,
        runOf([
          [OWN, true],
          [MATCHER, true],
        ]),
        2,
      ),
    ).toEqual([`"${MATCHER}" passes: the matcher does not catch it`]);
    expect(
      mistakeRunProblems(
        mistake,
        runOf([
          [OWN, true],
          [MATCHER, false, 'TypeError: x is not a function'],
        ]),
        2,
      ),
    ).toEqual([`"${MATCHER}" fails, but its message does not say "inferred 200"`]);
    expect(
      mistakeRunProblems(
        mistake,
        runOf([
          [OWN, false, 'expected'],
          [MATCHER, false, 'inferred 200'],
        ]),
        2,
      ),
    ).toEqual([`"${OWN}" fails too: name it with a Fails: line, or keep it green`]);
    expect(mistakeRunProblems(mistake, runOf([[OWN, true]]), 2)).toEqual([
      'jest ran 1 tests, 2 on the right code',
      `no test is named "${MATCHER}"`,
    ]);
  });
});

describe("jest's report", () => {
  it('gives each test, its messages without colours, and the files that could not run', () => {
    const json = JSON.stringify({
      testResults: [
        {
          name: '/scratch/p/src/a.test.ts',
          status: 'failed',
          assertionResults: [
            { fullName: 'a works', status: 'passed', failureMessages: [] },
            { fullName: 'a fails', status: 'failed', failureMessages: ['\u001b[31mred\u001b[39m'] },
          ],
        },
        {
          name: '/scratch/p/src/b.test.ts',
          status: 'failed',
          message: '  ● Test suite failed to run\n\n    src/b.ts:1:1 - error TS2307\n',
          assertionResults: [],
        },
      ],
    });
    expect(readJestRun(json, '/scratch/p')).toEqual({
      tests: [
        { fullName: 'a works', passed: true, messages: [] },
        { fullName: 'a fails', passed: false, messages: ['red'] },
      ],
      brokenFiles: [`${path.join('src', 'b.test.ts')}: src/b.ts:1:1 - error TS2307`],
    });
  });

  it("keeps the matcher's message, not the stack or the code frame", () => {
    const message =
      'Error: Expected 400, but 200.\nThe rule: inferred.\n    at Object.<anonymous> (src/a.test.ts:3:5)\n';
    expect(matcherMessage(message)).toBe('Expected 400, but 200.\nThe rule: inferred.');
    expect(matcherMessage('expect(x).toBe(y)\n\n  > 12 | expect(x)')).toBe('expect(x).toBe(y)');
  });
});
