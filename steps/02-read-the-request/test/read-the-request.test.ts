import { isDeepStrictEqual } from 'node:util';
import { invokeThroughApiGateway } from '@workshop/api-gateway/invoke-through-api-gateway';
import { restEvents } from '@workshop/fixtures/rest-events';
import { captureConsole } from '@workshop/jest/console-capture';
import { throwError } from '../src/handler';
import { parseBody } from '../src/parse-body';

describe('parseBody', () => {
  it('parses the JSON body, which API Gateway passes as a string', () => {
    expect(parseBody(restEvents.jsonBody())).toEqual({ blah: 'blah1' });
  });

  it('decodes a base64-encoded body before parsing it', () => {
    expect(parseBody(restEvents.base64Body())).toEqual({ blah: 'blah1' });
  });

  it('returns null when the request has no body', () => {
    expect(parseBody(restEvents.noBody())).toBeNull();
  });
});

describe('throwError', () => {
  // Any console level counts: on Lambda, log, info, warn, error and debug all reach CloudWatch Logs.
  const logs = captureConsole();

  /** Fails, saying what was printed, unless one console call printed a line of JSON with this body. */
  const expectBodyLogged = (body: unknown) => {
    const logged = logs.lines().flatMap(({ text }) => {
      try {
        return [{ text, value: JSON.parse(text) as unknown }];
      } catch {
        return [];
      }
    });
    const found = logged.filter(
      ({ value }) =>
        typeof value === 'object' &&
        value !== null &&
        isDeepStrictEqual((value as { body?: unknown }).body, body),
    );
    if (found.length === 0)
      throw new Error(
        `Expected a console call (log, info, warn, error or debug) to print one line of JSON with "body": ${JSON.stringify(body)}.\n${logs.report()}`,
      );
    // CloudWatch Logs keeps each line a function prints as its own log event.
    if (found.every(({ text }) => text.includes('\n')))
      throw new Error(
        `The JSON was printed over ${found[0].text.split('\n').length} lines, not one: CloudWatch Logs stores each line as a log event of its own, so the request's log is cut in pieces that Logs Insights cannot query. Print it on one line: JSON.stringify(value), with no spacing argument.\n${logs.report()}`,
      );
  };

  it('logs the request body as one line of JSON, under "body"', async () => {
    await throwError(restEvents.jsonBody(), {} as never);
    expectBodyLogged({ blah: 'blah1' });
  });

  it('logs the decoded body of a base64-encoded request', async () => {
    await throwError(restEvents.base64Body(), {} as never);
    expectBodyLogged({ blah: 'blah1' });
  });

  it('still answers with a result API Gateway accepts', async () => {
    const answer = await invokeThroughApiGateway(throwError, restEvents.jsonBody());
    expect(answer.problem).toBeUndefined();
  });
});
