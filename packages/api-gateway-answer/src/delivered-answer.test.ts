import { deliveredAnswer } from './delivered-answer';
import { invokeThroughApiGateway } from './invoke-through-api-gateway';

const returning = (result: unknown) => async () => result;

describe('deliveredAnswer', () => {
  it("gives back an answer that carries the function's result", async () => {
    const answer = await invokeThroughApiGateway(
      returning({
        statusCode: 400,
        headers: { 'Content-Type': 'application/json' },
        body: '{"message":"x"}',
      }),
      {} as never,
    );
    expect(deliveredAnswer(answer)).toBe(answer);
  });

  it("refuses API Gateway's own 502, though its body is JSON too, and says why it was sent (a recorded rule)", async () => {
    const answer = await invokeThroughApiGateway(
      returning({
        statusCode: 400,
        headers: { 'Content-Type': 'application/json' },
        body: '{"message":"x"}',
        wrongValue: 1,
      }),
      {} as never,
    );
    expect(answer.headers['content-type']).toBe('application/json');
    expect(() => deliveredAnswer(answer)).toThrow(
      /^The client would never see the function's body or headers: API Gateway would answer 502 \{"message": "Internal server error"\}: /,
    );
  });

  it('judges what the client would get if AWS accepted the result when the rule behind the 502 is only reported, and says so', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const answer = await invokeThroughApiGateway(
        returning({
          statusCode: 400,
          headers: { 'Content-Type': 'application/json' },
          body: { message: 'x' },
        }),
        {} as never,
      );
      expect(answer.statusCode).toBe(502);
      expect(deliveredAnswer(answer).statusCode).toBe(400);
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /^AWS may answer 502 here — reported, not documented: body must be a string/,
        ),
      );
    } finally {
      warn.mockRestore();
    }
  });
});
