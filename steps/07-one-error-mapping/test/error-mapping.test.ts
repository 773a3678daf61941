import {
  type AnyProxyHandler,
  captureConsole,
  deliveredAnswer,
  expectBodyPreviewLogged,
  expectErrorLogged,
  expectNoWholeBodyLogged,
  expectUnexpectedErrorAnswer,
  type GatewayAnswer,
  invokeThroughApiGateway,
  LARGE_JSON_BODY,
  lambdaContext,
  loadOnce,
  lookalikeErrors,
  messageToLog,
  postEvent,
  restEvents,
} from '@workshop/testing';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { throwError } from '../src/handler';
import { HttpError } from '../src/http-error';
import { withErrorMapping } from '../src/with-error-mapping';

const requestId = '0ne5hape-7c85-46d5-bcd7-493aca45e1f0';
const context = lambdaContext(requestId);

const logs = captureConsole();

/** Without `await`, a rejected promise leaves `try` before it rejects: `catch` never runs. */
const AWAIT_ADVICE =
  '`return handler(event, context)` without `await` hands back the promise before it rejects, so `catch` never sees the error: write `return await handler(event, context)`';

/**
 * Whether withErrorMapping misses the `await`, the one cause of most failures when it does: it
 * then catches an error thrown at once, never one its handler's promise rejects with. Found
 * once before the tests, and said once (loadOnce): the first test it fails shows the whole of
 * it, the others a line, where the same advice filled every test. Only a test whose error
 * escaped reads it, so that no verdict changes.
 */
const awaitsTheHandler = loadOnce(async () => {
  const escaped = async (handler: AnyProxyHandler, thrown: Error) => {
    try {
      await withErrorMapping(handler as never)(restEvents.jsonBody(), context);
      return false;
    } catch (error) {
      return error === thrown;
    }
  };
  const atOnce = new Error('thrown at once');
  const later = new Error('rejected later');
  // The mapping logs what it catches: not to the terminal, before any test.
  const quiet = [jest.spyOn(console, 'error'), jest.spyOn(console, 'log')];
  for (const spy of quiet) spy.mockImplementation(() => undefined);
  try {
    const missesAwait =
      !(await escaped(() => {
        throw atOnce;
      }, atOnce)) &&
      (await escaped(async () => {
        throw later;
      }, later));
    if (missesAwait)
      throw new Error(
        // The first line is what the other tests it fails say.
        `withErrorMapping does not await its handler: it catches an error thrown at once, never one the handler's promise rejects with.\nIt lets that one out unchanged: does it call the handler inside \`try\` with \`await\`? ${AWAIT_ADVICE}.`,
      );
  } finally {
    for (const spy of quiet) spy.mockRestore();
  }
});

/**
 * What a client would receive from `handler`. When it throws an error the error mapping
 * should have caught, `causeOf` adds the likely cause to API Gateway's reason for the 502.
 */
async function answerOf(
  handler: AnyProxyHandler,
  event: APIGatewayProxyEvent,
  causeOf: (error: unknown) => string | undefined,
): Promise<GatewayAnswer> {
  let cause: string | undefined;
  const watched = async (request: APIGatewayProxyEvent, lambdaContext: Context) => {
    try {
      return await handler(request, lambdaContext);
    } catch (error) {
      cause = causeOf(error);
      throw error;
    }
  };
  const answer = await invokeThroughApiGateway(watched, event, context);
  // An error escaped: when the missing `await` let it out, that is said once for all.
  if (cause !== undefined) awaitsTheHandler();
  return cause === undefined || answer.problem === undefined
    ? answer
    : { ...answer, problem: `${answer.problem}. ${cause}` };
}

/** What a client would receive from a handler that throws `thrown`, once wrapped. */
const answerWhenThrowing = (thrown: unknown) => {
  const handler = async () => {
    throw thrown;
  };
  const wrapped = withErrorMapping(handler);
  // The very error the handler threw, out of a wrapper that is not the handler itself.
  const escaped = (error: unknown) =>
    error === thrown && wrapped !== handler
      ? `withErrorMapping let it out unchanged: does it call the handler inside \`try\` with \`await\`? ${AWAIT_ADVICE}`
      : undefined;
  return answerOf(wrapped, restEvents.jsonBody(), escaped);
};

describe('withErrorMapping', () => {
  it('passes a result through unchanged', async () => {
    const result = {
      statusCode: 201,
      headers: { 'Content-Type': 'text/plain' },
      body: 'created',
      isBase64Encoded: false,
    };
    expect(await withErrorMapping(async () => result)(restEvents.jsonBody(), context)).toEqual(
      result,
    );
  });

  it('turns an HttpError into its status, as application/problem+json (RFC 9457)', async () => {
    const answer = await answerWhenThrowing(new HttpError(404, 'There is no order 42.'));
    expect(answer).toBeDeliveredWithStatus(404);
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'There is no order 42.',
      requestId,
    });
  });

  it.each([
    [400, 'Bad Request'],
    [405, 'Method Not Allowed'],
    [415, 'Unsupported Media Type'],
    [422, 'Unprocessable Entity'],
  ])('keeps the status of a known error: %i %s', async (status, title) => {
    const answer = await answerWhenThrowing(new HttpError(status, 'what to fix'));
    expect(answer).toBeDeliveredWithStatus(status);
    expect(JSON.parse(answer.body)).toMatchObject({ title, status, detail: 'what to fix' });
  });

  it("adds an HttpError's extensions to the body, without letting them replace the standard members", async () => {
    const answer = deliveredAnswer(
      await answerWhenThrowing(
        new HttpError(422, 'Some fields are wrong.', {
          errors: [{ field: 'name', problem: 'missing' }],
          status: 200,
        }),
      ),
    );
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Unprocessable Entity',
      status: 422,
      detail: 'Some fields are wrong.',
      requestId,
      errors: [{ field: 'name', problem: 'missing' }],
    });
  });

  it('turns any other error into a 500 that names the request and says nothing else', async () => {
    const answer = await answerWhenThrowing(
      new Error('connect ECONNREFUSED postgres://admin:s3cret@db.internal/prod'),
    );
    expect(answer).toBeDeliveredWithStatus(500);
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      requestId,
    });
  });

  it('a thrown value that is not an Error is a 500 too', async () => {
    const answer = await answerWhenThrowing('a string, thrown by a careless library');
    expect(answer).toBeDeliveredWithStatus(500);
    expect(answer.body).not.toContain('careless');
  });

  it('logs the whole unexpected error, message and stack, with console.error', async () => {
    await answerWhenThrowing(
      new Error('connect ECONNREFUSED postgres://admin:s3cret@db.internal/prod'),
    );
    expectErrorLogged(logs, { message: 'ECONNREFUSED', stack: /at .*error-mapping\.test\.ts/ });
  });

  it('logs a thrown value that is not an Error too, with console.error', async () => {
    await answerWhenThrowing('a string, thrown by a careless library');
    const printed = logs
      .lines('error')
      .map((line) => line.text)
      .join('\n');
    if (!printed.includes('a string, thrown by a careless library'))
      throw new Error(
        `Expected console.error to print the thrown value, "a string, thrown by a careless library": a value that is not an Error has no message or stack of its own, so log String(error).\n${logs.report()}`,
      );
  });

  it('names the request in the X-Request-Id header of every error', async () => {
    for (const thrown of [new HttpError(400, 'x'), new Error('y')]) {
      expect(await answerWhenThrowing(thrown)).toHaveGatewayHeader('X-Request-Id', requestId);
    }
  });
});

describe('withErrorMapping, when an error only looks like an HttpError', () => {
  // Another service's status and words: its message can name a host, a table or a key.
  it.each(lookalikeErrors)(
    '%s is a 500 that says nothing else, logged with console.error',
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

describe('throwError, with one error mapping', () => {
  const escaped = (error: unknown) =>
    error instanceof HttpError
      ? `The HttpError got out of throwError: export it wrapped, \`withErrorMapping(handle)\`, and check that withErrorMapping calls the handler inside \`try\` with \`await\` (${AWAIT_ADVICE})`
      : undefined;
  const answerFor = (event: APIGatewayProxyEvent) => answerOf(throwError, event, escaped);

  it.each([
    ['a body that is not JSON', 400, restEvents.notJson],
    ['no body', 400, restEvents.noBody],
    [
      'a Content-Type that is not JSON',
      415,
      () => postEvent('{}', { 'Content-Type': 'text/plain' }),
    ],
    ['a readable JSON body (this endpoint always refuses)', 400, restEvents.jsonBody],
  ])('answers %s with a problem+json %i that says why', async (_, status, event) => {
    const answer = await answerFor(event());
    expect(answer).toBeDeliveredWithStatus(status);
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({
      type: 'about:blank',
      status,
      // Says why: not an empty string.
      detail: expect.stringMatching(/\w/),
      requestId,
    });
  });

  it('still logs the body it read as one line of JSON, as in step 2', async () => {
    // What it logs, whatever it answers: an HttpError that gets out is the tests above's to say.
    const logsOf = (event: APIGatewayProxyEvent) =>
      throwError(event, context).catch((error: unknown) => {
        if (!(error instanceof HttpError)) throw error;
      });
    await logsOf(restEvents.jsonBody());
    expectBodyPreviewLogged(logs, { blah: 'blah1' });
    // Its size and first characters, never the whole body.
    await logsOf(postEvent(LARGE_JSON_BODY));
    expectNoWholeBodyLogged(logs);
  });
});
