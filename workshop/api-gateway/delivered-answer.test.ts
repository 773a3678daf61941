import { deliveredAnswer } from './delivered-answer';
import { invokeThroughApiGateway } from './invoke-through-api-gateway';

const returning = (result: unknown) => async () => result;

describe('deliveredAnswer', () => {
  it("gives back an answer that carries the function's result", async () => {
    const answer = await invokeThroughApiGateway(returning({ statusCode: 400, headers: { 'Content-Type': 'application/json' }, body: '{"message":"x"}' }), {} as never);
    expect(deliveredAnswer(answer)).toBe(answer);
  });

  it("refuses API Gateway's own 502, though its body is JSON too, and says why it was sent", async () => {
    const answer = await invokeThroughApiGateway(returning({ statusCode: 400, headers: { 'Content-Type': 'application/json' }, body: { message: 'x' } }), {} as never);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(() => deliveredAnswer(answer)).toThrow(
      `The client would never see the function's body or headers: API Gateway would answer 502 {"message": "Internal server error"}: body must be a string, got object`,
    );
  });
});
