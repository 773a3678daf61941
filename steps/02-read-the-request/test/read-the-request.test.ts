import { isDeepStrictEqual } from 'node:util';
import {
  captureConsole,
  expectBodyPreviewLogged,
  expectJsonLogged,
  expectNoWholeBodyLogged,
  invokeThroughApiGateway,
  LARGE_JSON_BODY,
  postEvent,
  restEvents,
} from '@workshop/testing';
import { throwError } from '../src/handler';
import { parseBody } from '../src/parse-body';

describe('parseBody', () => {
  it('parses the JSON body, which API Gateway passes as a string', () => {
    expect(parseBody(restEvents.jsonBody())).toEqual({ blah: 'blah1' });
  });

  it('decodes a base64-encoded body before parsing it', () => {
    expect(parseBody(restEvents.base64Body())).toEqual({ blah: 'blah1' });
  });

  // API Gateway base64-encodes the bytes the client sent, and JSON's bytes are UTF-8 (RFC 8259).
  it('decodes a base64-encoded body as UTF-8: non-ASCII text (Zoë, 日本語, 🎉) is read as sent', () => {
    for (const name of ['Zoë', 'Ünïcödé — “quoted”, 5 €', '日本語', '🎉']) {
      const event = {
        ...restEvents.base64Body(),
        body: Buffer.from(JSON.stringify({ name }), 'utf8').toString('base64'),
      };
      let read: unknown;
      try {
        read = parseBody(event);
      } catch (error) {
        read = `an error, ${(error as Error).message}`;
      }
      if (!isDeepStrictEqual(read, { name }))
        throw new Error(
          `The body {"name":"${name}"}, base64-encoded, was read as ${JSON.stringify(read)}: its bytes were decoded one byte per character (what atob, 'latin1', 'binary' and 'ascii' do), not as UTF-8, which JSON is.\nDecode with Buffer.from(event.body, 'base64').toString('utf8').`,
        );
    }
  });

  it('returns null when the request has no body', () => {
    expect(parseBody(restEvents.noBody())).toBeNull();
  });
});

describe('throwError', () => {
  // Any console level counts: on Lambda, log, info, warn, error and debug all reach CloudWatch Logs.
  const logs = captureConsole();

  it('logs the size of the request body and its first characters as one line of JSON', async () => {
    await throwError(restEvents.jsonBody(), {} as never);
    expectBodyPreviewLogged(logs, { blah: 'blah1' });
  });

  it('logs the decoded body of a base64-encoded request', async () => {
    await throwError(restEvents.base64Body(), {} as never);
    expectBodyPreviewLogged(logs, { blah: 'blah1' });
  });

  it('logs a large body as its size and first 100 characters, never whole', async () => {
    await throwError(postEvent(LARGE_JSON_BODY), {} as never);
    expectNoWholeBodyLogged(logs);
    expectJsonLogged(logs, {
      bytes: Buffer.byteLength(LARGE_JSON_BODY),
      preview: LARGE_JSON_BODY.slice(0, 100),
    });
  });

  // The size a log names is the one CloudWatch bills and a client sent: bytes of UTF-8.
  // String length counts UTF-16 code units, which only an ASCII body has as many of.
  it('logs the size in bytes, not characters: a non-ASCII body has more bytes than characters', async () => {
    const body = JSON.stringify({ name: 'Zoë, 日本語, 🎉' });
    await throwError(postEvent(body), {} as never);
    expectJsonLogged(logs, { bytes: Buffer.byteLength(body) });
  });

  it('still answers with a result API Gateway accepts', async () => {
    const answer = await invokeThroughApiGateway(throwError, restEvents.jsonBody());
    expect(answer.problem).toBeUndefined();
    // Still step 1's empty 200: what the answer says is step 3's lesson.
    expect(answer).toBeDeliveredWithStatus(200);
    expect(answer.body).toBe('');
  });
});
