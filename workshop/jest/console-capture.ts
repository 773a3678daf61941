import { format, isDeepStrictEqual } from 'node:util';

/** The console methods a handler may log with; on Lambda every one of them reaches CloudWatch Logs. */
export const CONSOLE_LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;
export type ConsoleLevel = (typeof CONSOLE_LEVELS)[number];

/** One console call, as Node would print it. */
export interface LoggedLine {
  level: ConsoleLevel;
  text: string;
}

export interface ConsoleCapture {
  /** Every call since the test started, in order; only those of `levels` when given. */
  lines(...levels: ConsoleLevel[]): LoggedLine[];
  /** What was printed, level by level, for a failure message: "console.log printed: …". */
  report(): string;
}

/**
 * Captures (and silences) every console call of each test in the calling file or `describe`
 * block. The text is what Node would print: util.format, the function console.log uses, so
 * `console.error('Unexpected error', error)` yields the error's stack, as on Lambda.
 */
export function captureConsole(): ConsoleCapture {
  let captured: LoggedLine[] = [];
  let spies: jest.SpyInstance[] = [];
  beforeEach(() => {
    captured = [];
    spies = CONSOLE_LEVELS.map((level) =>
      jest
        .spyOn(console, level)
        .mockImplementation(
          (...args: unknown[]) => void captured.push({ level, text: format(...args) }),
        ),
    );
  });
  afterEach(() => {
    for (const spy of spies) spy.mockRestore();
  });
  return {
    lines: (...levels) =>
      captured.filter((line) => levels.length === 0 || levels.includes(line.level)),
    report: () => describeLines(captured),
  };
}

/**
 * Fails, showing everything printed, unless console.error printed the error whole: its
 * message and its stack. Only console.error counts: an unexpected error is an error, and
 * that is the level alarms watch.
 */
export function expectErrorLogged(
  capture: ConsoleCapture,
  error: { message: string; stack: RegExp },
): void {
  const printed = capture
    .lines('error')
    .map((line) => line.text)
    .join('\n');
  const missing = [
    printed.includes(error.message) ? '' : 'its message',
    error.stack.test(printed) ? '' : 'its stack',
  ].filter(Boolean);
  if (missing.length === 0) return;
  const failure = new Error(
    `Expected console.error to print the whole error, message and stack: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing from what console.error printed.\n${capture.report()}`,
  );
  Error.captureStackTrace(failure, expectErrorLogged);
  throw failure;
}

/** The console calls that printed JSON: their text, and the value it parses to. */
function jsonLines(capture: ConsoleCapture): Array<{ text: string; value: unknown }> {
  return capture.lines().flatMap(({ text }) => {
    try {
      return [{ text, value: JSON.parse(text) as unknown }];
    } catch {
      return [];
    }
  });
}

/**
 * Fails, saying what was printed, unless a console call (any level: on Lambda every one
 * reaches CloudWatch Logs) printed one line of JSON with a `message` that names the line
 * and `fields` as given: `{ "message": "Received request body", "body": {…} }`.
 */
export function expectJsonLogged(capture: ConsoleCapture, fields: Record<string, unknown>): void {
  const fail = (why: string) => {
    const failure = new Error(`${why}\n${capture.report()}`);
    Error.captureStackTrace(failure, expectJsonLogged);
    throw failure;
  };
  const matching = jsonLines(capture).filter(
    ({ value }) =>
      typeof value === 'object' &&
      value !== null &&
      Object.entries(fields).every(([key, expected]) =>
        isDeepStrictEqual((value as Record<string, unknown>)[key], expected),
      ),
  );
  const wanted = JSON.stringify(fields).slice(1, -1);
  if (matching.length === 0)
    fail(
      `Expected a console call (log, info, warn, error or debug) to print one line of JSON with ${wanted}.`,
    );
  // On Lambda one console call stays one log event whatever its line breaks: the Node.js
  // runtime writes each call as one framed record to the telemetry log descriptor, newlines
  // kept (aws-lambda-nodejs-runtime-interface-client, src/LogPatch.js; only its stdout
  // fallback turns them into \r). One line is for the fields and the tools that read lines.
  const oneLine = matching.filter(({ text }) => !text.includes('\n'));
  if (oneLine.length === 0)
    fail(
      `The JSON was printed over ${matching[0].text.split('\n').length} lines, not one. On Lambda one console call stays one log event (the Node.js runtime writes each call as one record, line breaks and all), but the local API's output, a terminal and most log tools read each line as a record of its own, so the request's log comes apart there. Print it on one line: JSON.stringify(value), with no spacing argument.`,
    );
  const named = oneLine.some(({ value }) => {
    const { message } = value as { message?: unknown };
    return typeof message === 'string' && message.trim() !== '';
  });
  if (!named)
    fail(
      `The line of JSON with ${wanted} has no "message" that says what it is, e.g. "Received request body": the field Logs Insights queries find a kind of line by.`,
    );
}

/**
 * The line every step logs for a request since step 2: the body's size in bytes and its first
 * characters, as JSON (`body` is short here: its preview is the whole of it).
 */
export function expectBodyPreviewLogged(capture: ConsoleCapture, body: unknown): void {
  const json = JSON.stringify(body);
  try {
    expectJsonLogged(capture, { bytes: Buffer.byteLength(json), preview: json });
  } catch (error) {
    Error.captureStackTrace(error as Error, expectBodyPreviewLogged);
    throw error;
  }
}

/** A JSON request body of a million characters: what a log line must never copy whole. */
export const LARGE_JSON_BODY = JSON.stringify({ text: 'x'.repeat(1_000_000) });

/**
 * Fails unless every line printed is short: a large body is logged as its size and first
 * characters, never whole (a 1 MB body filled 446 terminal lines).
 */
export function expectNoWholeBodyLogged(capture: ConsoleCapture): void {
  const longest = Math.max(0, ...capture.lines().map((line) => line.text.length));
  if (longest <= 300) return;
  const failure = new Error(
    `A log line of ${longest} characters: the whole body went to the log. Log its size and first 100 characters, as since step 2: bodies can be megabytes, logs are paid for by the byte, and a body may hold personal data.`,
  );
  Error.captureStackTrace(failure, expectNoWholeBodyLogged);
  throw failure;
}

/** "console.info printed: {…}" per call, or that nothing was printed; long texts are cut. */
export function describeLines(lines: LoggedLine[]): string {
  if (lines.length === 0)
    return 'Nothing was printed with console.log, info, warn, error or debug.';
  const cut = (text: string) =>
    (text.length > 800 ? `${text.slice(0, 800)}…` : text).replace(/\n/g, '\n    ');
  return [
    'What the code printed:',
    ...lines.map(({ level, text }) => `  console.${level} printed: ${cut(text)}`),
  ].join('\n');
}
