import { deliveredAnswer } from '@workshop/api-gateway/delivered-answer';
import { invokeThroughApiGateway } from '@workshop/api-gateway/invoke-through-api-gateway';
import { lambdaContext } from '@workshop/fixtures/lambda-context';
import { postEvent, restEvents } from '@workshop/fixtures/rest-events';
import { captureConsole } from '@workshop/jest/console-capture';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { throwError } from '../src/handler';

const requestId = 'bad1npu7-7c85-46d5-bcd7-493aca45e1f0';

// The handler's log lines would only clutter the report.
captureConsole();

const answerFor = (event: APIGatewayProxyEvent) =>
  invokeThroughApiGateway(throwError, event, lambdaContext(requestId));
const messageOf = (body: string) => (JSON.parse(body) as { message?: unknown }).message;

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

  it.each([
    ['an array', '[1, 2]'],
    ['a number', '42'],
    ['null', 'null'],
    ['a string', '"blah"'],
  ])('JSON that is %s, not an object: 400', async (_, body) => {
    const answer = await answerFor(postEvent(body));
    expect(answer).toBeDeliveredWithStatus(400);
    expect(messageOf(answer.body)).toMatch(/must be a JSON object/i);
  });

  it('a Content-Type that is not JSON: 415 Unsupported Media Type', async () => {
    const answer = await answerFor(
      postEvent('{"blah": "blah1"}', { 'Content-Type': 'text/plain' }),
    );
    expect(answer).toBeDeliveredWithStatus(415);
    expect(messageOf(answer.body)).toMatch(/application\/json/);
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
  ])('%s', async (_, event) => {
    const answer = await answerFor(event());
    expect(answer).toBeDeliveredWithStatus(400);
    expect(messageOf(answer.body)).toBe('Bad Request');
  });
});
