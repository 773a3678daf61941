import {
  answerToJudge,
  explainAnswer,
  explainInference,
  type GatewayAnswer,
  sentence,
} from '../gateway-answer';

/**
 * Jest matchers for a GatewayAnswer whose failure messages say what AWS would do and why,
 * so a learner reads "API Gateway would answer 502 …: the function returned the string …"
 * rather than "expected 400, received 502". A rule that is only reported or inferred never
 * fails a check: the matcher judges what the client would get if AWS accepted the result,
 * and prints a note saying what AWS may do instead.
 */
export const gatewayMatchers = {
  toBeDeliveredWithStatus(judged: GatewayAnswer, expected: number) {
    const answer = judgeWithNote(judged);
    if (answer.problem !== undefined) {
      return {
        pass: false,
        // When API Gateway's own error has the status asked for, the status is not the mistake.
        message: () =>
          answer.statusCode === expected
            ? `The client would receive ${expected}, but API Gateway's own ${expected}, not the function's answer (its body and headers never reach the client): ${explainAnswer(answer)}`
            : `Expected the client to receive ${expected}, but ${explainAnswer(answer)}`,
      };
    }
    const pass = answer.statusCode === expected;
    const inference = explainInference(answer);
    return {
      pass,
      message: () =>
        pass
          ? `Expected the client not to receive ${expected}, and it would.`
          : inference !== undefined
            ? `Expected the client to receive ${expected}, but ${inference}.`
            : `Expected the client to receive ${expected}, but the function answered ${answer.statusCode}.`,
    };
  },

  toHaveGatewayHeader(judged: GatewayAnswer, name: string, expected?: string | RegExp) {
    const answer = judgeWithNote(judged);
    const actual = answer.headers[name.toLowerCase()];
    const present = Object.keys(answer.headers).join(', ') || 'none';
    if (actual === undefined) {
      const inference = explainInference(answer);
      const why =
        answer.problem !== undefined
          ? ` ${sentence(explainAnswer(answer))}`
          : ` Headers the client would see: ${present}.${inference === undefined ? '' : ` Note: ${inference}.`}`;
      return {
        pass: false,
        message: () => `Expected the client to receive the header ${name}, but it would not.${why}`,
      };
    }
    const pass =
      expected === undefined ||
      (typeof expected === 'string' ? actual === expected : expected.test(actual));
    return {
      pass,
      message: () =>
        pass
          ? `Expected the client not to receive ${name}${expected === undefined ? '' : ` = ${String(expected)}`}, but it would (${actual}).`
          : `Expected the header ${name} to be ${String(expected)}, but the client would receive ${JSON.stringify(actual)}.${answer.browserRejects === undefined ? '' : ` ${sentence(answer.browserRejects)}.`}`,
    };
  },

  toPassTheBrowsersCorsCheck(judged: GatewayAnswer) {
    const answer = judgeWithNote(judged);
    const pass = answer.browserRejects === undefined;
    return {
      pass,
      message: () =>
        pass
          ? 'Expected the browser to keep the answer from the page, but it would let the page read it.'
          : `Expected the browser to let the page read the answer, but it would not: ${answer.browserRejects}.`,
    };
  },
};

/** The answer a check may hold against the learner; prints the note when a weaker rule was set aside. */
function judgeWithNote(answer: GatewayAnswer): GatewayAnswer {
  const judged = answerToJudge(answer);
  if (judged.note !== undefined) console.warn(judged.note);
  return judged.answer;
}

declare global {
  namespace jest {
    interface Matchers<R> {
      /** The function's result reaches the client (API Gateway accepts it) with this status. */
      toBeDeliveredWithStatus(expected: number): R;
      /** The client receives this header (any case), optionally with this value. */
      toHaveGatewayHeader(name: string, expected?: string | RegExp): R;
      /**
       * A browser lets the page that sent the request read the answer: its CORS check passes
       * (one Access-Control-Allow-Origin, the page's origin or *). Judged by the Function URL
       * model only (`browserRejects`); other answers always pass.
       */
      toPassTheBrowsersCorsCheck(): R;
    }
  }
}
