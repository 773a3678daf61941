import { captureConsole, expectErrorLogged } from './console-capture';

describe('captureConsole', () => {
  const logs = captureConsole();

  it('keeps what Node would print: an error passed with other arguments shows its stack', () => {
    console.error('Unexpected error', new TypeError('connect ECONNREFUSED'));
    const [line] = logs.lines();
    expect(line.level).toBe('error');
    expect(line.text).toMatch(
      /^Unexpected error TypeError: connect ECONNREFUSED\n {4}at .*console-capture\.test\.ts/,
    );
  });

  it('reads every level, and formats objects and placeholders as console.log does', () => {
    console.info(JSON.stringify({ body: { blah: 'blah1' } }));
    console.log({ body: { blah: 'blah1' } });
    console.warn('%s of %d', 'one', 2);
    console.debug('d');
    expect(logs.lines().map(({ level, text }) => `${level}: ${text}`)).toEqual([
      'info: {"body":{"blah":"blah1"}}',
      "log: { body: { blah: 'blah1' } }",
      'warn: one of 2',
      'debug: d',
    ]);
    expect(logs.lines('warn', 'debug')).toHaveLength(2);
  });

  it('reports what was printed, level by level, for failure messages', () => {
    expect(logs.report()).toBe('Nothing was printed with console.log, info, warn, error or debug.');
    console.log('first\nsecond');
    expect(logs.report()).toBe('What the code printed:\n  console.log printed: first\n    second');
  });

  it('passes when console.error printed the error whole, in any shape Node prints it', () => {
    const error = new Error('ECONNREFUSED');
    console.error('Unexpected error', error);
    console.error(JSON.stringify({ error: { message: error.message, stack: error.stack } }));
    expect(() =>
      expectErrorLogged(logs, { message: 'ECONNREFUSED', stack: /at .*console-capture\.test\.ts/ }),
    ).not.toThrow();
  });

  it('says which level it reads, what is missing, and what each level printed', () => {
    const error = new Error('ECONNREFUSED');
    console.log(error);
    console.error(error.message);
    expect(() =>
      expectErrorLogged(logs, { message: 'ECONNREFUSED', stack: /at .*console-capture\.test\.ts/ }),
    ).toThrow(
      /^Expected console\.error to print the whole error, message and stack: its stack is missing from what console\.error printed\.\nWhat the code printed:\n {2}console\.log printed: Error: ECONNREFUSED\n {4}\s*at .*\n[\s\S]*console\.error printed: ECONNREFUSED$/,
    );
  });
});

describe('outside a capture', () => {
  it('leaves the console as it was', () => {
    expect(jest.isMockFunction(console.log)).toBe(false);
  });
});
