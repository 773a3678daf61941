import {
  answerToJudge,
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
import { throwError } from '../src/handler';

const requestId = 'c0ffee00-7c85-46d5-bcd7-493aca45e1f0';
const context = lambdaContext(requestId);

// Captured: the handler's log lines would only clutter the report.
const logs = captureConsole();

// Every check looks at what API Gateway would send the client, not at the object returned:
// a result API Gateway rejects is a 502, whatever it says.
const answerFor = (event = restEvents.jsonBody()) =>
  invokeThroughApiGateway(throwError, event, context);
// For the checks of the body and its headers: API Gateway's own 502 has a JSON body too, so
// they fail with its reason rather than read it.
const deliveredFor = async (event = restEvents.jsonBody()) =>
  deliveredAnswer(await answerFor(event));

function jsonBodyOf(body: string): Record<string, unknown> {
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    throw new Error(`The body is not JSON: ${JSON.stringify(body)}`);
  }
}

describe('the Lambda-proxy result of POST /throw', () => {
  it('answers 400 Bad Request', async () => {
    expect(await answerFor()).toBeDeliveredWithStatus(400);
  });

  it('sends a JSON body and says so in Content-Type', async () => {
    const answer = await deliveredFor();
    expect(answer).toHaveGatewayHeader('Content-Type', /^application\/json\b/);
    expect(() => jsonBodyOf(answer.body)).not.toThrow();
  });

  it('says in the body what went wrong', async () => {
    const { message } = jsonBodyOf((await deliveredFor()).body);
    expect(typeof message).toBe('string');
    expect(String(message).length).toBeGreaterThan(0);
  });

  it('names the Lambda request id in the X-Request-Id header', async () => {
    expect(await answerFor()).toHaveGatewayHeader('X-Request-Id', requestId);
  });

  it('names the Lambda request id in the body, as requestId', async () => {
    expect(jsonBodyOf((await deliveredFor()).body).requestId).toBe(requestId);
  });

  it('returns the body as a string, with isBase64Encoded false', async () => {
    const result = await throwError(restEvents.jsonBody(), context);
    // With the note of the API Gateway model: what AWS may answer to another body, and how sure that is.
    const { note } = answerToJudge(await answerFor());
    expect(
      typeof result.body === 'string'
        ? 'a string'
        : `body is ${typeof result.body}, not a string.${note ? ` ${note}` : ''}`,
    ).toBe('a string');
    expect(result.isBase64Encoded).toBe(false);
  });

  it('answers a base64-encoded request the same way', async () => {
    expect(await answerFor(restEvents.base64Body())).toBeDeliveredWithStatus(400);
  });

  it('still logs the request body as one line of JSON, as in step 2', async () => {
    await throwError(restEvents.jsonBody(), context);
    expectBodyPreviewLogged(logs, { blah: 'blah1' });
    // Its size and first characters, never the whole body.
    await throwError(postEvent(LARGE_JSON_BODY), context);
    expectNoWholeBodyLogged(logs);
  });
});
