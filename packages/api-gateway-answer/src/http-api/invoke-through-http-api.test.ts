import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { httpApiEvents } from '../events/http-api-events';
import { answerToJudge } from '../gateway-answer';
import { httpApiEvidence } from './evidence';
import { HTTP_API_ERROR_BODY, invokeThroughHttpApi } from './index';

const event = httpApiEvents.jsonBody();
const answerOf = (result: unknown, options = {}, request: APIGatewayProxyEventV2 = event) =>
  invokeThroughHttpApi(async () => result, request, options);
const problem = {
  statusCode: 400,
  headers: { 'Content-Type': 'application/problem+json' },
  body: '{"title":"Bad Request","status":400}',
};

describe('an HTTP API with payload format 2.0', () => {
  it('infers a 200 with the object as JSON when the result has no statusCode (the trap)', async () => {
    const answer = await answerOf({ error: 'Bad Request' });
    expect(answer).toMatchObject({
      statusCode: 200,
      body: '{"error":"Bad Request"}',
      headers: { 'content-type': 'application/json' },
      frontDoor: 'HTTP API',
      evidence: { level: 'documented' },
    });
    expect(answer.inferred).toMatch(/^the result has no statusCode/);
    expect(answer.problem).toBeUndefined();
  });

  it("answers a result shaped like Lambda's error document ({errorMessage}, no statusCode) with 500, not an inferred 200", async () => {
    const answer = await answerOf({ errorMessage: 'boom', errorType: 'Error' });
    expect(answer).toMatchObject({ statusCode: 500, body: HTTP_API_ERROR_BODY });
    expect(answer.evidence).toBe(httpApiEvidence.v2ErrorDocument);
    // Not firm yet: a learner's check judges the inferred 200 instead, with a note.
    expect(answer.ifAccepted).toMatchObject({ statusCode: 200 });
  });

  it('sends a string result as the body of an inferred 200 (inferred from the Function URL recording)', async () => {
    const answer = await answerOf('Bad Request');
    expect(answer).toMatchObject({ statusCode: 200, body: 'Bad Request' });
    expect(answer.evidence?.level).toBe('inferred');
    expect(answer.inferred).toMatch(/not a response object/);
  });

  it('delivers a result with a statusCode as the response, request id added', async () => {
    const answer = await answerOf(problem);
    expect(answer).toMatchObject({ statusCode: 400, body: problem.body });
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
    expect(answer).toHaveGatewayHeader('apigw-requestid', event.requestContext.requestId);
    expect(answer.inferred).toBeUndefined();
  });

  it('reads a statusCode of digits ("400") as that status', async () => {
    expect((await answerOf({ ...problem, statusCode: '400' })).statusCode).toBe(400);
  });

  it('turns cookies into Set-Cookie and never sends multiValueHeaders', async () => {
    const answer = await answerOf({
      ...problem,
      cookies: ['a=1; Secure', 'b=2'],
      multiValueHeaders: { 'X-Request-Id': ['r-1'] },
    });
    expect(answer.headers['set-cookie']).toBe('a=1; Secure, b=2');
    expect(answer.headers['x-request-id']).toBeUndefined();
  });

  it('answers a throw with 500 {"message":"Internal Server Error"}, not a REST 502', async () => {
    const answer = await invokeThroughHttpApi(() => {
      throw new Error('[400] Bad Request');
    }, event);
    expect(answer).toMatchObject({ statusCode: 500, body: HTTP_API_ERROR_BODY });
    expect(answer.problem).toMatch(/^the function threw Error: "\[400\] Bad Request"/);
    expect(answer.evidence?.level).toBe('documented');
  });

  it('answers an unusable statusCode with 500 by an inferred rule, so learner checks judge it as delivered', async () => {
    const answer = await answerOf({ ...problem, statusCode: 'Bad Request' });
    expect(answer).toMatchObject({ statusCode: 500, body: HTTP_API_ERROR_BODY });
    expect(answer.evidence?.level).toBe('inferred');
    expect(answerToJudge(answer).note).toMatch(/^AWS may answer 500 here — inferred/);
  });

  it('decodes a base64 body marked isBase64Encoded', async () => {
    const body = Buffer.from('{"a":1}').toString('base64');
    expect((await answerOf({ statusCode: 200, body, isBase64Encoded: true })).body).toBe('{"a":1}');
  });
});

describe('an HTTP API with CORS configured', () => {
  const cors = { allowedOrigins: ['https://example.com'], allowCredentials: true };

  it('adds the configured CORS headers to a 400 the function sent without any', async () => {
    const answer = await answerOf(problem, { cors }, httpApiEvents.fromOrigin());
    expect(answer).toBeDeliveredWithStatus(400);
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', 'https://example.com');
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Credentials', 'true');
  });

  it("ignores the function's own CORS headers", async () => {
    const answer = await answerOf(
      { ...problem, headers: { 'Access-Control-Allow-Origin': '*', 'X-Kept': 'yes' } },
      { cors },
      httpApiEvents.fromOrigin('https://elsewhere.example'),
    );
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers['x-kept']).toBe('yes');
  });

  it('adds none to a request without an Origin header', async () => {
    const answer = await answerOf(problem, { cors: true });
    expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it("answers a preflight itself, without invoking the function, with the framework's defaults for cors: true", async () => {
    const handler = jest.fn();
    const answer = await invokeThroughHttpApi(handler, httpApiEvents.preflight(), { cors: true });
    expect(handler).not.toHaveBeenCalled();
    expect(answer.statusCode).toBe(204);
    expect(answer.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-headers': expect.stringContaining('Content-Type'),
    });
  });

  it('sends a preflight to the function when no CORS is configured', async () => {
    const handler = jest.fn().mockResolvedValue({ statusCode: 404 });
    const answer = await invokeThroughHttpApi(handler, httpApiEvents.preflight());
    expect(handler).toHaveBeenCalledTimes(1);
    expect(answer.statusCode).toBe(404);
  });
});

describe('an HTTP API with payload format 1.0', () => {
  const v1 = { payloadFormat: '1.0' } as const;

  it('hands the function a 1.0 event converted from the 2.0 one', async () => {
    const handler = jest.fn().mockResolvedValue(problem);
    await invokeThroughHttpApi(handler, event, v1);
    const received = handler.mock.calls[0][0] as APIGatewayProxyEvent & { version: string };
    expect(received).toMatchObject({
      version: '1.0',
      httpMethod: 'POST',
      path: '/v2/throw',
      body: event.body,
      multiValueHeaders: { 'content-type': ['application/json'] },
    });
  });

  it('delivers a well-formed 1.0 result, multiValueHeaders included', async () => {
    const answer = await answerOf(
      { ...problem, multiValueHeaders: { 'X-Request-Id': ['r-1'] } },
      v1,
    );
    expect(answer).toBeDeliveredWithStatus(400);
    expect(answer).toHaveGatewayHeader('X-Request-Id', 'r-1');
  });

  it('answers a 1.0 result that is not an object with 500, not the 502 of a REST API', async () => {
    const answer = await answerOf('Bad Request', v1);
    expect(answer).toMatchObject({ statusCode: 500, body: HTTP_API_ERROR_BODY });
    expect(answer.evidence?.level).toBe('documented');
  });

  it('does not validate as a REST API does: an unknown key beside statusCode is served, a 200', async () => {
    const answer = await answerOf({ statusCode: 200, wrongValue: 'x' }, v1);
    expect(answer.statusCode).toBe(200);
    expect(answer.problem).toBeUndefined();
    expect(answer.evidence).toBe(httpApiEvidence.v1UnknownKeyServed);
  });

  it('applies the other REST rules as inferred only: a statusCode "test" is a 500, judged as if accepted', async () => {
    const answer = await answerOf({ statusCode: 'test', body: 'x' }, v1);
    expect(answer.statusCode).toBe(500);
    expect(answer.evidence).toBe(httpApiEvidence.v1RestRule);
    expect(answer.ifAccepted).toMatchObject({ statusCode: 200, body: 'x' });
  });

  it('infers nothing: a 1.0 result without statusCode is a 500', async () => {
    const answer = await answerOf({ body: '{}' }, v1);
    expect(answer.statusCode).toBe(500);
    expect(answer.problem).toMatch(/does not infer one/);
  });

  it('keeps a weaker REST rule weak: an object body is judged as if accepted', async () => {
    const answer = await answerOf({ statusCode: 400, body: { title: 'Bad Request' } }, v1);
    expect(answer.statusCode).toBe(500);
    expect(answer.evidence?.level).toBe('reported');
    expect(answer.ifAccepted?.statusCode).toBe(400);
  });
});
