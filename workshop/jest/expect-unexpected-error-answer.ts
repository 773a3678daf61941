import { isDeepStrictEqual } from 'node:util';
import type { ConsoleCapture } from './console-capture';

/** What a client receives, from any front door: the parts this check reads. */
interface ClientAnswer {
  statusCode: number;
  body: string;
  /** Set when the front door answered with an error of its own (a 502), and why. */
  problem?: string;
}

/**
 * Fails, naming the mistake, unless an error that only looks like an `HttpError` (`kind`,
 * e.g. an http-errors error with a statusCode) reached the client as the error mapping's
 * 500 that names the request and says nothing else, and console.error printed it
 * (`logged`: its message; '' for a value that is no Error, which any text will do for).
 */
export function expectUnexpectedErrorAnswer(
  answer: ClientAnswer,
  { kind, logged, requestId }: { kind: string; logged: string; requestId: string },
  logs: ConsoleCapture,
): void {
  const fail = (why: string) => {
    const failure = new Error(why);
    Error.captureStackTrace(failure, expectUnexpectedErrorAnswer);
    throw failure;
  };
  const internal = { type: 'about:blank', title: 'Internal Server Error', status: 500, requestId };
  if (answer.problem !== undefined)
    fail(
      `${kind} was not answered by the error mapping: the client got ${answer.statusCode} (${answer.problem}). It is not an HttpError: answer it with the 500 that says nothing else.`,
    );
  if (answer.statusCode !== 500 || !sameJson(answer.body, internal))
    fail(
      `${kind} got ${answer.statusCode} with ${answer.body}: it was taken for an HttpError. An error with a status of its own is not one: its status and message are another service's answer, and the message can name a host, a table or a key. Test \`error instanceof HttpError\`, and answer anything else with the 500 that says nothing else.`,
    );
  const printed = logs.lines('error').map((line) => line.text);
  if (printed.length === 0 || !printed.join('\n').includes(logged))
    fail(
      `Expected console.error to print ${kind}${logged ? `, "${logged}"` : ''}: the client learns nothing of it, so the log is the only place that tells what went wrong.\n${logs.report()}`,
    );
}

/** Whether `body` is the JSON of `value`, whatever the order of its members. */
function sameJson(body: string, value: unknown): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(body), value);
  } catch {
    return false;
  }
}
