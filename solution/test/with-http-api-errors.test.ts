import { lambdaContext } from '@workshop/fixtures/lambda-context';
import { lookalikeErrors, messageToLog } from '@workshop/fixtures/lookalike-errors';
import { invokeThroughFunctionUrl, invokeThroughHttpApi } from 'api-gateway-answer';
import { asFunctionUrlEvent, httpApiEvents } from 'api-gateway-answer/events';
import { HttpError } from '../src/http-error';
import { withHttpApiErrors } from '../src/with-http-api-errors';

const requestId = 'b2f4c6d8-7c85-46d5-bcd7-493aca45e1f0';
let errors: string[];
beforeEach(() => {
  errors = [];
  jest
    .spyOn(console, 'error')
    .mockImplementation((line: unknown) => void errors.push(String(line)));
});
afterEach(() => jest.restoreAllMocks());

const throwing = (thrown: unknown) =>
  withHttpApiErrors(async () => {
    throw thrown;
  });

describe('the error mapping of the HTTP API and the function URL', () => {
  // Another service's status and words: only an HttpError is the service's own answer.
  it.each(lookalikeErrors)(
    'an error that only looks like an HttpError, %s: a 500 that says nothing else, logged',
    async (_, make) => {
      const thrown = make();
      const answer = await invokeThroughHttpApi(
        throwing(thrown),
        httpApiEvents.jsonBody(),
        {},
        lambdaContext(requestId),
      );
      expect(answer).toBeDeliveredWithStatus(500);
      expect(JSON.parse(answer.body)).toEqual({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        requestId,
      });
      expect(errors).not.toHaveLength(0);
      expect(errors.join('\n')).toContain(messageToLog(thrown));
    },
  );

  it('an unexpected error: 500 problem+json with only the request id; the log has the rest', async () => {
    const answer = await invokeThroughHttpApi(
      throwing(new TypeError('connect ECONNREFUSED postgres://admin:s3cret@db.internal:5432')),
      httpApiEvents.jsonBody(),
      {},
      lambdaContext(requestId),
    );
    expect(answer).toBeDeliveredWithStatus(500);
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      requestId,
    });
    const logged = JSON.parse(errors.join('\n')).error;
    expect(logged).toMatchObject({ name: 'TypeError', message: expect.stringContaining('s3cret') });
    expect(logged.stack).toMatch(/TypeError.*\n\s+at /);
  });

  it('a thrown value that is not an Error: a 500, and the log names its type and value', async () => {
    const answer = await invokeThroughFunctionUrl(
      throwing('a string, thrown by a careless library'),
      asFunctionUrlEvent(httpApiEvents.jsonBody()),
      {},
      lambdaContext(requestId),
    );
    expect(answer).toBeDeliveredWithStatus(500);
    expect(JSON.parse(errors.join('\n')).error).toEqual({
      name: 'string',
      message: 'a string, thrown by a careless library',
    });
  });

  it('a known error keeps its status, detail and extensions', async () => {
    const answer = await invokeThroughHttpApi(
      throwing(new HttpError(422, 'Check the fields.', { errors: ['name is missing'] })),
      httpApiEvents.jsonBody(),
      {},
      lambdaContext(requestId),
    );
    expect(answer).toBeDeliveredWithStatus(422);
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Unprocessable Entity',
      status: 422,
      detail: 'Check the fields.',
      requestId,
      errors: ['name is missing'],
    });
    expect(errors).toEqual([]);
  });
});
