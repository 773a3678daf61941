import { explainLambdaAnswer, type LambdaIntegrationAnswer } from '../lambda-integration';

/**
 * Jest matchers for the Lambda (non-proxy) integration whose failures say which integration
 * response API Gateway would choose and why, e.g. "API Gateway would answer 200: the error
 * message "…" matches no selection pattern, so API Gateway uses the default response, 200".
 */
export const lambdaIntegrationMatchers = {
  toBeMappedToStatus(answer: LambdaIntegrationAnswer, expected: number) {
    // Which of several matching patterns AWS picks is not documented: any of them passes, with a note.
    const pass =
      answer.problem === undefined &&
      (answer.statusCode === expected || (answer.alternatives ?? []).includes(expected));
    if (pass && answer.alternatives !== undefined)
      console.warn(
        `AWS may answer ${[answer.statusCode, ...answer.alternatives].join(' or ')} here — inferred, not documented: ${answer.chosen}.`,
      );
    return {
      pass,
      message: () =>
        pass
          ? `Expected the client not to receive ${expected}, and it would: ${explainLambdaAnswer(answer)}`
          : statusMismatch(answer, expected),
    };
  },

  toHaveMappedHeader(answer: LambdaIntegrationAnswer, name: string, expected: string) {
    const key = name.toLowerCase();
    const actual = answer.headers[key];
    const pass = answer.problem === undefined && actual === expected;
    const why = () => {
      if (answer.problem !== undefined) return explainLambdaAnswer(answer);
      const problem = answer.headerProblems?.[key];
      if (problem !== undefined) return `${problem}.`;
      if (actual === undefined) return `no integration response header sets it (${answer.chosen}).`;
      return `it would receive ${JSON.stringify(actual)} (${answer.chosen}).`;
    };
    return {
      pass,
      message: () =>
        pass
          ? `Expected the client not to receive ${name}: ${expected}, and it would.`
          : `Expected the client to receive ${name}: ${expected}, but ${why()}`,
    };
  },
};

/** The status differs, or it is API Gateway's own error and not one of the integration responses: say which. */
function statusMismatch(answer: LambdaIntegrationAnswer, expected: number): string {
  if (answer.problem === undefined)
    return `Expected the client to receive ${expected}, but ${explainLambdaAnswer(answer)}`;
  const wanted = `Expected the client to receive ${expected} from one of your integration responses`;
  if (answer.statusCode === expected) {
    return `${wanted}; API Gateway would answer ${expected} too, but with an error of its own, ${answer.body}, not your response: ${answer.problem}.`;
  }
  return `${wanted}, but API Gateway would answer with an error of its own, ${answer.statusCode} ${answer.body}: ${answer.problem}.`;
}

declare global {
  namespace jest {
    interface Matchers<R> {
      /** Through the Lambda integration's responses, the client receives this status. */
      toBeMappedToStatus(expected: number): R;
      /** The integration response API Gateway chooses sends this header with this value (name in any case). */
      toHaveMappedHeader(name: string, expected: string): R;
    }
  }
}
