import path from 'node:path';
import {
  captureConsole,
  compileTemplate,
  expectErrorLogged,
  expectUnexpectedErrorAnswer,
  type IntegrationResponse,
  invokeThroughLambdaIntegration,
  lambdaContext,
  lambdaImportError,
  lambdaIntegrationEvent,
  lambdaTimeoutError,
  loadOnce,
  lookalikeErrors,
  type MethodIntegration,
  mapLambdaOutcome,
  messageToLog,
  methodIntegration,
} from '@workshop/testing';
import { HttpError } from '../src/http-error';
import { throwErrorLambda } from '../src/lambda-handler';
import { withLambdaErrors } from '../src/with-lambda-errors';

const requestId = '5b1d2f3e-7a4c-4e8b-9d0f-1a2b3c4d5e6f';
const ALLOWED = 'http://localhost:5173';

// The answers are judged the way API Gateway on AWS builds them: the function's outcome goes
// through the integration responses that *your* serverless.yml compiles to (the framework's
// own compiler, nothing leaves this machine). A save that changes only src/ reuses the
// template compiled from the same serverless.yml.
const packaged = loadOnce(() => compileTemplate(path.resolve(__dirname, '..')));
const integration = (): MethodIntegration | undefined =>
  methodIntegration(packaged(), 'throw-lambda', 'POST');
const responses = (): IntegrationResponse[] => integration()?.IntegrationResponses ?? [];

const logs = captureConsole();

const answerFor = (body: unknown) =>
  invokeThroughLambdaIntegration(
    throwErrorLambda,
    lambdaIntegrationEvent(body),
    responses(),
    lambdaContext(requestId),
  );

describe('POST /throw-lambda through the Lambda integration, as API Gateway on AWS answers it', () => {
  it('answers a JSON body with 400 Bad Request', async () => {
    expect(await answerFor({ blah: 'blah1' })).toBeMappedToStatus(400);
  });

  it('sends only the problem+json body: no stack trace, no error type', async () => {
    const answer = await answerFor({ blah: 'blah1' });
    expect(answer.body).not.toMatch(/trace|errorType|errorMessage/i);
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'This endpoint always answers 400 Bad Request.',
      requestId,
    });
  });

  it('says Content-Type application/problem+json', async () => {
    expect(await answerFor({ blah: 'blah1' })).toHaveMappedHeader(
      'Content-Type',
      'application/problem+json',
    );
  });

  it('answers a body that is not a JSON object with a 400 that says why', async () => {
    for (const body of [[1, 2], 'not json']) {
      const answer = await answerFor(body);
      expect(answer).toBeMappedToStatus(400);
      expect(JSON.parse(answer.body)).toMatchObject({
        status: 400,
        detail: 'The request body must be a JSON object.',
      });
    }
  });
});

describe('withLambdaErrors, for an HttpError', () => {
  it("keeps its extensions in the client's body, as steps 7 and 10 do", async () => {
    const answer = await invokeThroughLambdaIntegration(
      withLambdaErrors(async () => {
        throw new HttpError(400, 'Some fields are wrong.', {
          errors: [{ field: 'name', problem: 'missing' }],
        });
      }),
      lambdaIntegrationEvent(),
      responses(),
      lambdaContext(requestId),
    );
    expect(answer).toBeMappedToStatus(400);
    const body = JSON.parse(answer.body) as Record<string, unknown>;
    if (!('errors' in body))
      throw new Error(
        `The 400's body lacks the HttpError's extensions ("errors"), which tell the client which fields to fix: pass error.extensions to problemResponse too. The body: ${answer.body}`,
      );
    expect(body).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Some fields are wrong.',
      requestId,
      errors: [{ field: 'name', problem: 'missing' }],
    });
  });
});

describe('POST /throw-lambda when something goes wrong inside', () => {
  const failing = withLambdaErrors(async () => {
    throw new TypeError('connect ECONNREFUSED postgres://admin:s3cret@db.internal:5432');
  });

  it('an unexpected error is a 500 whose body says only Internal Server Error and the request id', async () => {
    const answer = await invokeThroughLambdaIntegration(
      failing,
      lambdaIntegrationEvent(),
      responses(),
      lambdaContext(requestId),
    );
    expect(answer).toBeMappedToStatus(500);
    if (answer.body.includes('s3cret'))
      throw new Error(
        `The client would receive the error's own message, ${JSON.stringify(answer.body)}, password included: report [500] with a problem+json body of your own, never the message of an unexpected error.`,
      );
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      requestId,
    });
  });

  it('logs the whole unexpected error, message and stack, with console.error', async () => {
    await invokeThroughLambdaIntegration(
      failing,
      lambdaIntegrationEvent(),
      responses(),
      lambdaContext(requestId),
    );
    expectErrorLogged(logs, { message: 's3cret@db.internal', stack: /TypeError.*at /s });
  });

  it('a thrown value that is not an Error is a 500 too, and console.error prints it', async () => {
    const careless = withLambdaErrors(async () => {
      throw 'a string, thrown by a careless library';
    });
    const answer = await invokeThroughLambdaIntegration(
      careless,
      lambdaIntegrationEvent(),
      responses(),
      lambdaContext(requestId),
    );
    expect(answer).toBeMappedToStatus(500);
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
      const answer = await invokeThroughLambdaIntegration(
        withLambdaErrors(async () => {
          throw thrown;
        }),
        lambdaIntegrationEvent(),
        responses(),
        lambdaContext(requestId),
      );
      expectUnexpectedErrorAnswer(answer, { kind, logged: messageToLog(thrown), requestId }, logs);
    },
  );

  it('a failure the function never reported (a timeout) is a 5xx with a body of its own, never a 200 or its message', () => {
    const answer = mapLambdaOutcome({ error: lambdaTimeoutError }, responses());
    expect(answer.problem).toBeUndefined();
    expect(answer.statusCode).toBeGreaterThanOrEqual(500);
    expect(answer.body).not.toMatch(/timed out|Sandbox/);
    expect(() => JSON.parse(answer.body)).not.toThrow();
  });

  it('a failure whose message spans several lines (a module that cannot load) is a 5xx too, never a 200', () => {
    const answer = mapLambdaOutcome({ error: lambdaImportError }, responses());
    if (answer.problem === undefined && answer.statusCode < 500)
      throw new Error(
        `A runtime error over several lines got ${answer.statusCode}, with its message as the body. API Gateway matches a selection pattern against the whole message, and . does not match a line break: write [\\s\\S]* where you wrote .*`,
      );
    expect(answer.problem).toBeUndefined();
    expect(answer.statusCode).toBeGreaterThanOrEqual(500);
    expect(answer.body).not.toMatch(/Cannot find module|Require stack/);
  });
});

describe('serverless.yml and the CloudFormation it makes', () => {
  it('calls throw_error_lambda through the Lambda integration (AWS), not the proxy', () => {
    expect(integration()?.Type).toBe('AWS');
  });

  it('lets a browser on the allowed origin read every answer, errors included', () => {
    expect(responses().length).toBeGreaterThan(1);
    for (const response of responses())
      expect(
        response.ResponseParameters?.['method.response.header.Access-Control-Allow-Origin'],
      ).toBe(`'${ALLOWED}'`);
  });
});
