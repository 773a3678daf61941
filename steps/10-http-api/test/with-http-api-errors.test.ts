import {
  captureConsole,
  expectUnexpectedErrorAnswer,
  invokeThroughHttpApi,
  lambdaContext,
  lookalikeErrors,
  messageToLog,
  postEventV2,
} from '@workshop/testing';
import { HttpError } from '../src/http-error';
import { withHttpApiErrors } from '../src/with-http-api-errors';

const requestId = '5c1e9a7b-2d4f-4e8a-b6c3-91f0d2a8e4b5';

const logs = captureConsole();

/** What a client of the HTTP API receives when the wrapped handler throws `thrown`. */
const answerWhenThrowing = (thrown: unknown) =>
  invokeThroughHttpApi(
    withHttpApiErrors(async () => {
      throw thrown;
    }),
    postEventV2('{"name": ""}'),
    {},
    lambdaContext(requestId),
  );

describe('withHttpApiErrors maps every error as step 7 did', () => {
  it("keeps an HttpError's status, detail and extensions in the problem+json body", async () => {
    const answer = await answerWhenThrowing(
      new HttpError(422, 'Some fields are wrong.', {
        errors: [{ field: 'name', problem: 'empty' }],
      }),
    );
    expect(answer).toBeDeliveredWithStatus(422);
    const body = JSON.parse(answer.body) as Record<string, unknown>;
    if (!('errors' in body))
      throw new Error(
        `The 422's body lacks the HttpError's extensions ("errors"), which tell the client which fields to fix: pass error.extensions to problemResponse too. The body: ${answer.body}`,
      );
    expect(body).toEqual({
      type: 'about:blank',
      title: 'Unprocessable Entity',
      status: 422,
      detail: 'Some fields are wrong.',
      requestId,
      errors: [{ field: 'name', problem: 'empty' }],
    });
  });

  it('logs a thrown value that is not an Error too, with console.error', async () => {
    const answer = await answerWhenThrowing('a string, thrown by a careless library');
    expect(answer).toBeDeliveredWithStatus(500);
    const printed = logs
      .lines('error')
      .map((line) => line.text)
      .join('\n');
    if (!printed.includes('a string, thrown by a careless library'))
      throw new Error(
        `Expected console.error to print the thrown value, "a string, thrown by a careless library": a value that is not an Error has no message or stack of its own, so log String(error).\n${logs.report()}`,
      );
  });

  // Another service's status and words, as in step 7: its message can name a host, a table or a key.
  it.each(lookalikeErrors)(
    'an error that only looks like an HttpError, %s, is a 500 that says nothing else, logged with console.error',
    async (kind, make) => {
      const thrown = make();
      expectUnexpectedErrorAnswer(
        await answerWhenThrowing(thrown),
        { kind, logged: messageToLog(thrown), requestId },
        logs,
      );
    },
  );
});
