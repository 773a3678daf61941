import { lambdaContext } from '@workshop/fixtures/lambda-context';
import { lookalikeErrors, messageToLog } from '@workshop/fixtures/lookalike-errors';
import { invokeThroughApiGateway } from 'api-gateway-answer';
import { restEvents } from 'api-gateway-answer/events';
import { HttpError } from '../src/http-error';
import { problemResponse } from '../src/problem-response';
import { withErrorMapping } from '../src/with-error-mapping';

const requestId = 'e7707ed0-7c85-46d5-bcd7-493aca45e1f0';
let errors: string[];
beforeEach(() => {
  errors = [];
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest
    .spyOn(console, 'error')
    .mockImplementation((line: unknown) => void errors.push(String(line)));
});
afterEach(() => jest.restoreAllMocks());

const throwing = (thrown: unknown) =>
  invokeThroughApiGateway(
    withErrorMapping(async () => {
      throw thrown;
    }),
    restEvents.jsonBody(),
    lambdaContext(requestId),
  );

describe('the one error mapping of the solution', () => {
  // Another service's status and words: only an HttpError is the service's own answer.
  it.each(lookalikeErrors)(
    'an error that only looks like an HttpError, %s: a 500 that says nothing else, logged',
    async (_, make) => {
      const thrown = make();
      const answer = await throwing(thrown);
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
    const answer = await throwing(
      new TypeError(
        "Cannot read properties of undefined (reading 'id') in /var/task/secret-path.js",
      ),
    );
    expect(answer).toBeDeliveredWithStatus(500);
    expect(JSON.parse(answer.body)).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      requestId,
    });
    expect(errors.join('\n')).toContain('secret-path.js');
  });

  it('a known error keeps its status, detail and extensions', async () => {
    const answer = await throwing(
      new HttpError(422, 'Check the fields.', { errors: ['name is missing'] }),
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
  });

  it('a thrown value that is not an Error: a 500, and the log names its type and value', async () => {
    const answer = await throwing('a string, thrown by a careless library');
    expect(answer).toBeDeliveredWithStatus(500);
    expect(JSON.parse(errors.join('\n')).error).toEqual({
      name: 'string',
      message: 'a string, thrown by a careless library',
    });
  });

  it('an HttpError is named HttpError, as a log shows one that escapes', () => {
    expect(new HttpError(400, 'x').name).toBe('HttpError');
  });

  it('a status without a standard reason phrase is titled Error', () => {
    expect(JSON.parse(problemResponse(499, requestId).body).title).toBe('Error');
  });
});
