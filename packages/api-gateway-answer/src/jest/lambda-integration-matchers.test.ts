import {
  type IntegrationResponse,
  type LambdaIntegrationAnswer,
  mapLambdaOutcome,
} from '../lambda-integration';

const failure = (errorMessage: string) => ({
  error: { errorType: 'Error', errorMessage, trace: [] },
});
const withContentType = (status: number, pattern: string, value: string): IntegrationResponse => ({
  StatusCode: String(status),
  SelectionPattern: pattern,
  ResponseParameters: { 'method.response.header.Content-Type': value },
});
/** The message a failing matcher call gives. */
const messageOf = (check: () => void): string => {
  try {
    check();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('The check passed.');
};

describe('toBeMappedToStatus says what differs', () => {
  // API Gateway's own 500 ("Execution failed due to configuration error") has the status the
  // learner wanted; what differs is whose answer it is.
  const ownError: LambdaIntegrationAnswer = {
    statusCode: 500,
    headers: {},
    body: '{"message": "Internal server error"}',
    chosen: 'none',
    problem:
      'the error message "[500] x" matches no selection pattern and there is no default response (one without a pattern)',
  };

  it('when API Gateway would answer the expected status with an error of its own', () => {
    expect(messageOf(() => expect(ownError).toBeMappedToStatus(500))).toBe(
      'Expected the client to receive 500 from one of your integration responses; API Gateway would answer 500 too, but with an error of its own, {"message": "Internal server error"}, not your response: the error message "[500] x" matches no selection pattern and there is no default response (one without a pattern).',
    );
  });

  it('never says "receive 500, but API Gateway would answer 500"', () => {
    expect(messageOf(() => expect(ownError).toBeMappedToStatus(500))).not.toMatch(
      /receive 500, but API Gateway would answer 500/,
    );
  });

  it('when its own error has another status', () => {
    expect(messageOf(() => expect(ownError).toBeMappedToStatus(400))).toBe(
      'Expected the client to receive 400 from one of your integration responses, but API Gateway would answer with an error of its own, 500 {"message": "Internal server error"}: the error message "[500] x" matches no selection pattern and there is no default response (one without a pattern).',
    );
  });
});

describe('toHaveMappedHeader', () => {
  it('passes for a quoted static value', () => {
    const answer = mapLambdaOutcome(failure('[400] x'), [
      withContentType(200, '', "'application/json'"),
      withContentType(400, '\\[400\\] [\\s\\S]*', "'application/problem+json'"),
    ]);
    expect(answer).toHaveMappedHeader('Content-Type', 'application/problem+json');
  });

  it('says a static value written without its quotes must be quoted, rather than "received application/json"', () => {
    const answer = mapLambdaOutcome(failure('[400] x'), [
      withContentType(200, '', 'application/problem+json'),
      withContentType(400, '\\[400\\] [\\s\\S]*', 'application/problem+json'),
    ]);
    expect(answer.headerProblems).toEqual({
      'content-type': expect.stringContaining('must be quoted'),
    });
    expect(
      messageOf(() =>
        expect(answer).toHaveMappedHeader('Content-Type', 'application/problem+json'),
      ),
    ).toBe(
      `Expected the client to receive Content-Type: application/problem+json, but the integration response 400 maps Content-Type to "application/problem+json", which is neither a static value nor a mapping expression: a static header value must be quoted: "'application/problem+json'" (in serverless.yml, single quotes inside double quotes).`,
    );
  });

  it('takes a mapping expression for what it is, not for a value to quote', () => {
    const answer = mapLambdaOutcome(failure('[400] x'), [
      withContentType(400, '\\[400\\] [\\s\\S]*', 'integration.response.header.Content-Type'),
      withContentType(200, '', "'text/plain'"),
    ]);
    expect(answer.headerProblems).toBeUndefined();
  });

  it('names the value the client would receive instead, and which response sent it', () => {
    const answer = mapLambdaOutcome(failure('boom'), [
      withContentType(200, '', "'text/plain'"),
      withContentType(400, '\\[400\\] [\\s\\S]*', "'application/problem+json'"),
    ]);
    expect(
      messageOf(() =>
        expect(answer).toHaveMappedHeader('Content-Type', 'application/problem+json'),
      ),
    ).toBe(
      'Expected the client to receive Content-Type: application/problem+json, but it would receive "text/plain" (the error message "boom" matches no selection pattern, so API Gateway uses the default response, 200).',
    );
  });
});
