import {
  lambdaContext,
  lambdaIntegrationEvent,
  lookalikeErrors,
  messageToLog,
} from '@workshop/testing';
import { HttpError } from '../src/http-error';
import { throwErrorLambda } from '../src/lambda-handler';
import { withLambdaErrors } from '../src/with-lambda-errors';

// What API Gateway's selection patterns read: the message of the error the function throws,
// "[status] " and the problem+json body (the patterns themselves: lambda-handler.property.test.ts).
const requestId = '1a2b3c4d-7c85-46d5-bcd7-493aca45e1f0';
let logged: string[];
let errors: string[];
beforeEach(() => {
  logged = [];
  errors = [];
  jest.spyOn(console, 'log').mockImplementation((line: unknown) => void logged.push(String(line)));
  jest
    .spyOn(console, 'error')
    .mockImplementation((line: unknown) => void errors.push(String(line)));
});
afterEach(() => jest.restoreAllMocks());

/** The status and body of the error message a call threw. */
async function thrownBy(call: Promise<unknown>): Promise<{ status: string; body: unknown }> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to throw, it returned');
    },
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(Error);
  const match = /^\[(\d{3})\] (.*)$/s.exec((error as Error).message);
  if (match === null) throw new Error(`not "[status] body": ${(error as Error).message}`);
  return { status: match[1], body: JSON.parse(match[2]) };
}

describe('POST /throw-lambda, as the function throws it', () => {
  it('refuses a JSON object with [400] and the problem+json body, and logs the body', async () => {
    const thrown = await thrownBy(
      throwErrorLambda(
        lambdaIntegrationEvent({ blah: 'blah1' }) as never,
        lambdaContext(requestId),
      ),
    );
    expect(thrown).toEqual({
      status: '400',
      body: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'This endpoint always answers 400 Bad Request.',
        requestId,
      },
    });
    expect(logged.map((line) => JSON.parse(line))).toContainEqual({
      level: 'info',
      message: 'Received request body',
      bytes: 16,
      preview: '{"blah":"blah1"}',
    });
  });

  it('logs a large body as its size and first characters, never whole', async () => {
    await thrownBy(
      throwErrorLambda(
        lambdaIntegrationEvent({ text: 'x'.repeat(1_000_000) }) as never,
        lambdaContext(requestId),
      ),
    );
    // Its size and first characters, never the whole body (size, cost, personal data).
    expect(Math.max(...logged.map((line) => line.length))).toBeLessThanOrEqual(300);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string (a body that is not JSON)', 'not json'],
    ['null', null],
    ['a number', 42],
  ])('refuses %s with [400]: the body must be a JSON object', async (_, body) => {
    const thrown = await thrownBy(
      throwErrorLambda(lambdaIntegrationEvent(body) as never, lambdaContext(requestId)),
    );
    expect(thrown.status).toBe('400');
    expect(thrown.body).toMatchObject({ detail: 'The request body must be a JSON object.' });
    expect(logged).toEqual([]);
  });
});

describe('withLambdaErrors', () => {
  it('returns what the handler returns', async () => {
    const wrapped = withLambdaErrors(async () => ({ ok: true }));
    expect(await wrapped({}, lambdaContext(requestId))).toEqual({ ok: true });
  });

  it('keeps the status, detail and extensions of an HttpError thrown after an await', async () => {
    const wrapped = withLambdaErrors(async () => {
      await Promise.resolve();
      throw new HttpError(422, 'Check the fields.', { errors: ['name is missing'] });
    });
    expect(await thrownBy(wrapped({}, lambdaContext(requestId)))).toEqual({
      status: '422',
      body: {
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        detail: 'Check the fields.',
        requestId,
        errors: ['name is missing'],
      },
    });
  });

  it('turns any other error into [500] with only the request id, and logs it whole', async () => {
    const wrapped = withLambdaErrors(async () => {
      await Promise.resolve();
      throw new TypeError('connect ECONNREFUSED postgres://admin:s3cret@db.internal');
    });
    expect(await thrownBy(wrapped({}, lambdaContext(requestId)))).toEqual({
      status: '500',
      body: { type: 'about:blank', title: 'Internal Server Error', status: 500, requestId },
    });
    const { error } = JSON.parse(errors.join('\n')) as {
      error: { name: string; message: string; stack: string };
    };
    expect(error).toMatchObject({ name: 'TypeError', message: expect.stringMatching(/s3cret/) });
    expect(error.stack).toMatch(/at /);
  });

  // Another service's status and words: only an HttpError is the service's own answer.
  it.each(lookalikeErrors)(
    'turns an error that only looks like an HttpError, %s, into [500] with only the request id, and logs it',
    async (_, make) => {
      const thrown = make();
      const wrapped = withLambdaErrors(async () => {
        throw thrown;
      });
      expect(await thrownBy(wrapped({}, lambdaContext(requestId)))).toEqual({
        status: '500',
        body: { type: 'about:blank', title: 'Internal Server Error', status: 500, requestId },
      });
      expect(errors).not.toHaveLength(0);
      expect(errors.join('\n')).toContain(messageToLog(thrown));
    },
  );

  it('turns a thrown value that is not an Error into [500] too, and logs its type and value', async () => {
    const wrapped = withLambdaErrors(async () => {
      throw 'a string, thrown by a careless library';
    });
    expect((await thrownBy(wrapped({}, lambdaContext(requestId)))).status).toBe('500');
    expect(JSON.parse(errors.join('\n')).error).toEqual({
      name: 'string',
      message: 'a string, thrown by a careless library',
    });
  });
});
