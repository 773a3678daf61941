import { asFunctionUrlEvent, httpApiEvents } from '../events/http-api-events';
import { restEvents } from '../events/rest-events';
import { invokeThroughFunctionUrl, invokeThroughHttpApi } from '../http-api';
import { invokeThroughApiGateway } from '../invoke-through-api-gateway';

const event = restEvents.jsonBody();
const answerOf = (result: unknown) => invokeThroughApiGateway(async () => result, event);
const good = { statusCode: 400, headers: { 'Content-Type': 'application/json' }, body: '{}' };

describe('learner-facing failure messages', () => {
  it('toBeDeliveredWithStatus names the 502 and its cause when a recorded rule rejects the result', async () => {
    const answer = await answerOf('Bad Request');
    expect(() => expect(answer).toBeDeliveredWithStatus(400)).toThrow(
      'Expected the client to receive 400, but API Gateway would answer 502 {"message": "Internal server error"}: the function returned the string "Bad Request", not an object',
    );
  });

  it("toBeDeliveredWithStatus says when the status agrees but is API Gateway's own error", async () => {
    const answer = await invokeThroughHttpApi(async () => {
      throw new Error('boom');
    }, httpApiEvents.jsonBody());
    expect(() => expect(answer).toBeDeliveredWithStatus(500)).toThrow(
      "The client would receive 500, but API Gateway's own 500, not the function's answer (its body and headers never reach the client): API Gateway would answer 500",
    );
  });

  it('a rule that is only reported does not fail the check: it prints a note of what AWS may do', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = await answerOf({ statusCode: 400, body: { message: 'Bad Request' } });
    expect(answer.statusCode).toBe(502);
    expect(answer).toBeDeliveredWithStatus(400);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^AWS may answer 502 here — reported, not documented: body must be a string, got object/,
      ),
    );
    // It still fails on what the function itself got wrong.
    expect(() => expect(answer).toBeDeliveredWithStatus(200)).toThrow(
      'Expected the client to receive 200, but the function answered 400.',
    );
    warn.mockRestore();
  });

  it('toBeDeliveredWithStatus names the status the function chose when it is the wrong one', async () => {
    const answer = await answerOf({ ...good, statusCode: 200 });
    expect(() => expect(answer).toBeDeliveredWithStatus(400)).toThrow(
      'Expected the client to receive 400, but the function answered 200.',
    );
    expect(answer).toBeDeliveredWithStatus(200);
  });

  it('toHaveGatewayHeader matches any case and lists what the client would get instead', async () => {
    const answer = await answerOf(good);
    expect(answer).toHaveGatewayHeader('CONTENT-TYPE', 'application/json');
    expect(answer).toHaveGatewayHeader('content-type', /json/);
    expect(() => expect(answer).toHaveGatewayHeader('X-Request-Id')).toThrow(
      /would not\. Headers the client would see: content-type, x-amzn-requestid, x-amz-apigw-id/,
    );
    expect(() => expect(answer).toHaveGatewayHeader('Content-Type', 'text/plain')).toThrow(
      'but the client would receive "application/json"',
    );
  });

  it('toHaveGatewayHeader explains a missing header by the 502 when a recorded rule rejects the result', async () => {
    const answer = await answerOf({ statusCode: 400, multiValueHeaders: { 'X-Request-Id': 'a' } });
    expect(() => expect(answer).toHaveGatewayHeader('X-Request-Id')).toThrow(
      /API Gateway would answer 502 .*multiValueHeaders\["X-Request-Id"\] must be an array/,
    );
  });

  it('toHaveGatewayHeader judges an inferred rule by what the client would get if AWS accepted it', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = await answerOf({ statusCode: 400, headers: { 'X-Request-Id': ['a'] } });
    expect(answer).toHaveGatewayHeader('X-Request-Id', 'a');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/inferred, not documented: headers\["X-Request-Id"\] must be a string/),
    );
    warn.mockRestore();
  });
});

describe('failure messages for an answer the front door inferred', () => {
  it('toBeDeliveredWithStatus says an HTTP API inferred the 200, and why', async () => {
    const answer = await invokeThroughHttpApi(
      async () => ({ error: 'Bad Request' }),
      httpApiEvents.jsonBody(),
    );
    expect(() => expect(answer).toBeDeliveredWithStatus(400)).toThrow(
      'Expected the client to receive 400, but an HTTP API inferred a 200: the result has no statusCode, so it is sent as the JSON body of a 200',
    );
  });

  it('toHaveGatewayHeader names the inference next to the headers the client would see', async () => {
    const answer = await invokeThroughHttpApi(async () => 'Bad Request', httpApiEvents.jsonBody());
    expect(() => expect(answer).toHaveGatewayHeader('X-Request-Id')).toThrow(
      /Headers the client would see: content-type, apigw-requestid\. Note: an HTTP API inferred a 200: the function returned the string "Bad Request"/,
    );
  });
});

describe('failure messages for a Function URL that answers with its own error', () => {
  const throwing = () =>
    invokeThroughFunctionUrl(() => {
      throw new Error('boom');
    }, asFunctionUrlEvent(httpApiEvents.jsonBody()));

  it('toBeDeliveredWithStatus names the Function URL mid-sentence, in lower case', async () => {
    const answer = await throwing();
    expect(() => expect(answer).toBeDeliveredWithStatus(400)).toThrow(
      'Expected the client to receive 400, but the Function URL would answer 502 Internal Server Error: the function threw',
    );
  });

  it('toHaveGatewayHeader starts its own sentence with it, in capitals', async () => {
    const answer = await throwing();
    expect(() => expect(answer).toHaveGatewayHeader('X-Request-Id')).toThrow(
      'Expected the client to receive the header X-Request-Id, but it would not. The Function URL would answer 502',
    );
  });
});
