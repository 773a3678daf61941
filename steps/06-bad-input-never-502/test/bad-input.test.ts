import { isDeepStrictEqual } from 'node:util';
import {
  captureConsole,
  deliveredAnswer,
  expectBodyPreviewLogged,
  expectNoWholeBodyLogged,
  invokeThroughApiGateway,
  LARGE_JSON_BODY,
  lambdaContext,
  postEvent,
  restEvents,
} from '@workshop/testing';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { throwError } from '../src/handler';
import { parseBody } from '../src/parse-body';

const requestId = 'bad1npu7-7c85-46d5-bcd7-493aca45e1f0';

const answerFor = (event: APIGatewayProxyEvent) =>
  invokeThroughApiGateway(throwError, event, lambdaContext(requestId));
const messageOf = (body: string) => (JSON.parse(body) as { message?: unknown }).message;

const logs = captureConsole();

/** The console calls that printed one line of JSON with a `message`, as step 2's log line has. */
const jsonLogLines = () =>
  logs.lines().flatMap(({ text }) => {
    try {
      const value = JSON.parse(text) as unknown;
      return typeof value === 'object' &&
        value !== null &&
        typeof (value as { message?: unknown }).message === 'string' &&
        (value as { message: string }).message !== ''
        ? [{ text, value: value as Record<string, unknown> }]
        : [];
    } catch {
      return [];
    }
  });

describe('a request the function cannot read gets a 4xx that says why, never a 502', () => {
  it('a body that is not JSON: 400', async () => {
    const answer = await answerFor(restEvents.notJson());
    expect(answer).toBeDeliveredWithStatus(400);
    expect(messageOf(answer.body)).toMatch(/not valid JSON/i);
  });

  it('no body at all: 400', async () => {
    const answer = await answerFor(restEvents.noBody());
    expect(answer).toBeDeliveredWithStatus(400);
    expect(messageOf(answer.body)).toMatch(/no body/i);
  });

  // The message names what came instead: the client sees what to fix.
  it.each([
    ['an array', '[1, 2]', /array/],
    ['a number', '42', /number/],
    ['null', 'null', /null/],
    ['a string', '"blah"', /string/],
  ])('JSON that is %s, not an object: 400', async (_, body, named) => {
    const answer = await answerFor(postEvent(body));
    expect(answer).toBeDeliveredWithStatus(400);
    expect(messageOf(answer.body)).toMatch(/must be a JSON object/i);
    expect(messageOf(answer.body)).toMatch(named);
  });

  it('a Content-Type that is not JSON: 415 Unsupported Media Type', async () => {
    const answer = await answerFor(
      postEvent('{"blah": "blah1"}', { 'Content-Type': 'text/plain' }),
    );
    expect(answer).toBeDeliveredWithStatus(415);
    expect(messageOf(answer.body)).toMatch(/application\/json/);
  });

  it('a Content-Type header spelled in lower case (as HTTP/2 clients send it) or in capitals: 415 too', async () => {
    for (const name of ['content-type', 'CONTENT-TYPE']) {
      const answer = await answerFor(postEvent('{"blah": "blah1"}', { [name]: 'text/plain' }));
      if (answer.statusCode !== 415)
        throw new Error(
          `"${name}: text/plain" got ${answer.statusCode}, not 415: the Content-Type header was not found. Header names arrive as the client spelled them (HTTP/2 clients send them in lower case): compare them in lower case.`,
        );
      expect(messageOf(answer.body)).toMatch(/application\/json/);
    }
  });

  it.each([
    ['application/json-seq', 'a type that only starts like application/json'],
    ['text/plain, application/json', 'two types, as fetch joins a header appended twice'],
    ['text/json', 'JSON under a type that is not application/'],
  ])('a Content-Type of %s (%s): 415', async (contentType) => {
    const answer = await answerFor(postEvent('{"blah": "blah1"}', { 'Content-Type': contentType }));
    expect(answer).toBeDeliveredWithStatus(415);
  });

  it('logs one line of JSON about each request it refuses, with what was wrong', async () => {
    for (const event of [restEvents.notJson(), restEvents.noBody(), postEvent('[]')]) {
      const { message } = JSON.parse((await throwError(event, lambdaContext(requestId))).body) as {
        message: string;
      };
      const said = jsonLogLines().filter(({ text }) => text.includes(message));
      if (said.length === 0)
        throw new Error(
          `Expected one console call to print a line of JSON with a "message" and the problem, ${JSON.stringify(message)}.\n${logs.report()}`,
        );
    }
  });

  it('returns each of those answers with its body as a string and isBase64Encoded false, as in step 3', async () => {
    for (const event of [restEvents.notJson(), restEvents.noBody()]) {
      const result = await throwError(event, lambdaContext(requestId));
      expect(typeof result.body).toBe('string');
      expect(result.isBase64Encoded).toBe(false);
    }
  });

  it('each of those answers is JSON and names the request', async () => {
    for (const event of [
      restEvents.notJson(),
      restEvents.noBody(),
      postEvent('[]'),
      postEvent('{}', { 'content-type': 'text/csv' }),
    ]) {
      // API Gateway's own 502 is JSON too: this check fails with its reason instead.
      const answer = deliveredAnswer(await answerFor(event));
      expect(answer).toHaveGatewayHeader('Content-Type', /^application\/json\b/);
      expect(answer).toHaveGatewayHeader('X-Request-Id', requestId);
      expect(JSON.parse(answer.body)).toMatchObject({ requestId });
    }
  });
});

describe('a request the function can read still gets the 400 of step 3', () => {
  it.each([
    ['a JSON body', restEvents.jsonBody],
    ['a base64-encoded JSON body', restEvents.base64Body],
    ['a JSON body with no headers at all', restEvents.noHeaders],
    [
      'JSON sent by curl --data (application/x-www-form-urlencoded)',
      () => postEvent('{"blah": "blah1"}', { 'Content-Type': 'application/x-www-form-urlencoded' }),
    ],
    [
      'JSON with a charset',
      () => postEvent('{"blah": "blah1"}', { 'content-type': 'application/json; charset=utf-8' }),
    ],
    [
      'JSON with a space before its charset (RFC 9110 allows one)',
      () => postEvent('{"blah": "blah1"}', { 'Content-Type': 'application/json ;charset=UTF-8' }),
    ],
    [
      'a +json type (JSON:API sends application/vnd.api+json)',
      () => postEvent('{"blah": "blah1"}', { 'Content-Type': 'application/vnd.api+json' }),
    ],
  ])('%s', async (_, event) => {
    const answer = await answerFor(event());
    expect(answer).toBeDeliveredWithStatus(400);
    expect(messageOf(answer.body)).toBe('Bad Request');
  });

  it('a media type in any case is the same type (RFC 9110 8.3.1): Application/JSON; charset=UTF-8 and others', async () => {
    for (const contentType of [
      'Application/JSON; charset=UTF-8',
      'APPLICATION/JSON',
      'application/json;CHARSET="utf-8"',
      'application/Vnd.Api+JSON',
      'Application/X-WWW-Form-Urlencoded',
    ]) {
      const answer = await answerFor(
        postEvent('{"blah": "blah1"}', { 'Content-Type': contentType }),
      );
      if (answer.statusCode !== 400 || messageOf(answer.body) !== 'Bad Request')
        throw new Error(
          `"Content-Type: ${contentType}" got ${answer.statusCode}, ${answer.body}: the media type was compared in the case the client wrote it. A type, its subtype and its parameter names are case-insensitive (RFC 9110, 8.3.1): compare the type in lower case.`,
        );
    }
  });

  it('still logs the body it read as one line of JSON, as in step 2', async () => {
    await throwError(restEvents.jsonBody(), lambdaContext(requestId));
    expectBodyPreviewLogged(logs, { blah: 'blah1' });
    // Its size and first characters, never the whole body.
    await throwError(postEvent(LARGE_JSON_BODY), lambdaContext(requestId));
    expectNoWholeBodyLogged(logs);
  });
});

describe('parseBody', () => {
  // API Gateway base64-encodes the bytes the client sent, and JSON's bytes are UTF-8 (RFC 8259).
  it('reads a base64-encoded body as UTF-8, as in step 2: non-ASCII text (Zoë, 日本語, 🎉) arrives as sent', () => {
    for (const name of ['Zoë', 'Ünïcödé — “quoted”, 5 €', '日本語', '🎉']) {
      const event = postEvent(Buffer.from(JSON.stringify({ name }), 'utf8').toString('base64'));
      event.isBase64Encoded = true;
      let read: unknown;
      try {
        read = parseBody(event);
      } catch (error) {
        read = `an error, ${(error as Error).message}`;
      }
      if (!isDeepStrictEqual(read, { ok: true, value: { name } }))
        throw new Error(
          `The body {"name":"${name}"}, base64-encoded, was read as ${JSON.stringify(read)}: its bytes were decoded one byte per character (what atob, 'latin1', 'binary' and 'ascii' do), not as UTF-8, which JSON is.\nDecode with Buffer.from(event.body, 'base64').toString('utf8').`,
        );
    }
  });
});
