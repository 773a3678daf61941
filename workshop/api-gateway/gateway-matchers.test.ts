import { restEvents } from '../fixtures/rest-events';
import { invokeThroughApiGateway } from './invoke-through-api-gateway';

const event = restEvents.jsonBody();
const answerOf = (result: unknown) => invokeThroughApiGateway(async () => result, event);
const good = { statusCode: 400, headers: { 'Content-Type': 'application/json' }, body: '{}' };

describe('learner-facing failure messages', () => {
  it('toBeDeliveredWithStatus names the 502 and its cause when the result is malformed', async () => {
    const answer = await answerOf({ statusCode: 400, body: { message: 'Bad Request' } });
    expect(() => expect(answer).toBeDeliveredWithStatus(400)).toThrow(
      'Expected the client to receive 400, but API Gateway would answer 502 {"message": "Internal server error"}: body must be a string, got object',
    );
  });

  it('toBeDeliveredWithStatus names the status the function chose when it is the wrong one', async () => {
    const answer = await answerOf({ ...good, statusCode: 200 });
    expect(() => expect(answer).toBeDeliveredWithStatus(400)).toThrow('Expected the client to receive 400, but the function answered 200.');
    expect(answer).toBeDeliveredWithStatus(200);
  });

  it('toHaveGatewayHeader matches any case and lists what the client would get instead', async () => {
    const answer = await answerOf(good);
    expect(answer).toHaveGatewayHeader('CONTENT-TYPE', 'application/json');
    expect(answer).toHaveGatewayHeader('content-type', /json/);
    expect(() => expect(answer).toHaveGatewayHeader('X-Request-Id')).toThrow(/would not\. Headers the client would see: content-type, x-amzn-requestid, x-amz-apigw-id/);
    expect(() => expect(answer).toHaveGatewayHeader('Content-Type', 'text/plain')).toThrow('but the client would receive "application/json"');
  });

  it('toHaveGatewayHeader explains a missing header by the 502 when there is one', async () => {
    const answer = await answerOf({ statusCode: 400 , headers: { 'X-Request-Id': ['a'] } });
    expect(() => expect(answer).toHaveGatewayHeader('X-Request-Id')).toThrow(/API Gateway would answer 502 .*headers\["X-Request-Id"\] must be a string/);
  });
});
