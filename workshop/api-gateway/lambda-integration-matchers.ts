import { explainLambdaAnswer, type LambdaIntegrationAnswer } from './lambda-integration';

/**
 * A jest matcher for the Lambda (non-proxy) integration whose failure says which integration
 * response API Gateway would choose and why, e.g. "API Gateway would answer 200: the error
 * message "…" matches no selection pattern, so API Gateway uses the default response, 200".
 */
export const lambdaIntegrationMatchers = {
  toBeMappedToStatus(answer: LambdaIntegrationAnswer, expected: number) {
    // Which of several matching patterns AWS picks is not documented: any of them passes, with a note.
    const pass = answer.problem === undefined && (answer.statusCode === expected || (answer.alternatives ?? []).includes(expected));
    if (pass && answer.alternatives !== undefined) console.warn(`AWS may answer ${[answer.statusCode, ...answer.alternatives].join(' or ')} here — inferred, not documented: ${answer.chosen}.`);
    return {
      pass,
      message: () => (pass ? `Expected the client not to receive ${expected}, and it would: ${explainLambdaAnswer(answer)}` : `Expected the client to receive ${expected}, but ${explainLambdaAnswer(answer)}`),
    };
  },
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** Through the Lambda integration's responses, the client receives this status. */
      toBeMappedToStatus(expected: number): R;
    }
  }
}
