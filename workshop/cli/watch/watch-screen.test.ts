import type { TestOutcome } from '../../curriculum/run-step-tests';
import { excerpt, wholeError } from './watch-screen';

const failed = (
  title: string,
  message: string,
  sharedError?: TestOutcome['sharedError'],
): TestOutcome => ({
  fullName: title,
  titles: [title],
  passed: false,
  failureMessages: [message],
  ...(sharedError ? { sharedError } : {}),
});

describe('the error the watch screen shows', () => {
  const whole =
    'Error: The framework could not read steps/09-lambda-integration/serverless.yml:\nCannot parse "serverless.yml": unknown escape sequence (41:28)\n    at read (x.js:1:1)';
  // Whatever words the pointer has: the run recorded which test holds the whole error.
  const pointer = 'Error: see the first failing test.\n    at test (y.ts:2:2)';

  it('is the whole shared error, even when the first failing test shown holds only the pointer to it', () => {
    const tests = [
      failed('first shown', pointer, { error: 'a1', whole: false }),
      failed('another error', 'Error: other', { error: 'b2', whole: true }),
      failed('first run', whole, { error: 'a1', whole: true }),
    ];
    expect(wholeError(tests[0], tests)).toBe(whole);
  });

  it("is the test's own message otherwise", () => {
    const tests = [
      failed('a', 'Error: expected 400'),
      failed('b', whole, { error: 'a1', whole: true }),
    ];
    expect(wholeError(tests[0], tests)).toBe('Error: expected 400');
  });

  it('keeps every line of the message, without the stack trace', () => {
    const diff = Array.from({ length: 30 }, (_, line) => `line ${line}`).join('\n');
    const shown = excerpt(`${diff}\n    at somewhere (z.ts:1:1)`);
    expect(shown.split('\n')).toHaveLength(30);
    expect(shown).toContain('line 29');
    expect(shown).not.toContain('somewhere');
  });

  it('cuts only a very long message, saying where to read it all', () => {
    const shown = excerpt(Array.from({ length: 100 }, (_, line) => `line ${line}`).join('\n'));
    expect(shown).toContain('line 59');
    expect(shown).not.toContain('line 60');
    expect(shown).toContain('40 more lines: npm run workshop -- test shows them all.');
  });
});
