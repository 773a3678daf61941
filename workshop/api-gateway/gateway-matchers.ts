import { explainAnswer, type GatewayAnswer } from './gateway-answer';

/**
 * Jest matchers for a GatewayAnswer whose failure messages say what AWS would do and why,
 * so a learner reads "API Gateway would answer 502 …: body must be a string, got object"
 * rather than "expected 400, received 502".
 */
export const gatewayMatchers = {
  toBeDeliveredWithStatus(answer: GatewayAnswer, expected: number) {
    if (answer.problem !== undefined) {
      return { pass: false, message: () => `Expected the client to receive ${expected}, but ${explainAnswer(answer)}` };
    }
    const pass = answer.statusCode === expected;
    return {
      pass,
      message: () =>
        pass
          ? `Expected the client not to receive ${expected}, and it would.`
          : `Expected the client to receive ${expected}, but the function answered ${answer.statusCode}.`,
    };
  },

  toHaveGatewayHeader(answer: GatewayAnswer, name: string, expected?: string | RegExp) {
    const actual = answer.headers[name.toLowerCase()];
    const present = Object.keys(answer.headers).join(', ') || 'none';
    if (actual === undefined) {
      const why = answer.problem !== undefined ? ` ${explainAnswer(answer)}` : ` Headers the client would see: ${present}.`;
      return { pass: false, message: () => `Expected the client to receive the header ${name}, but it would not.${why}` };
    }
    const pass = expected === undefined || (typeof expected === 'string' ? actual === expected : expected.test(actual));
    return {
      pass,
      message: () =>
        pass
          ? `Expected the client not to receive ${name}${expected === undefined ? '' : ` = ${String(expected)}`}, but it would (${actual}).`
          : `Expected the header ${name} to be ${String(expected)}, but the client would receive ${JSON.stringify(actual)}.`,
    };
  },
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The function's result reaches the client (API Gateway accepts it) with this status. */
      toBeDeliveredWithStatus(expected: number): R;
      /** The client receives this header (any case), optionally with this value. */
      toHaveGatewayHeader(name: string, expected?: string | RegExp): R;
    }
  }
}
