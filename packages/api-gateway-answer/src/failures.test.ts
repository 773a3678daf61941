import { answerWhenRefused, answerWhenSlow, ENDPOINT_TIMED_OUT_BODY } from './failures';
import { INTERNAL_SERVER_ERROR_BODY } from './gateway-answer';

// The answers API Gateway makes itself, around the function: each with its evidence level.
describe('what the client receives when time runs out or Lambda refuses', () => {
  it.each([
    [
      '[inferred] a Lambda timeout shorter than the integration timeout → 502',
      { runsFor: 10, lambdaTimeout: 6 },
      502,
      INTERNAL_SERVER_ERROR_BODY,
      'inferred',
    ],
    [
      '[documented] the integration timeout (29 s by default) comes first → 504',
      { runsFor: 40, lambdaTimeout: 60 },
      504,
      ENDPOINT_TIMED_OUT_BODY,
      'documented',
    ],
    [
      '[documented] a shorter integration timeout comes first → 504',
      { runsFor: 8, lambdaTimeout: 10, integrationTimeout: 5 },
      504,
      ENDPOINT_TIMED_OUT_BODY,
      'documented',
    ],
  ] as const)('%s', (_, timing, status, body, level) => {
    const answer = answerWhenSlow(timing);
    expect(answer).toMatchObject({ statusCode: status, body, evidence: { level } });
  });

  it('a function that finishes in time is answered as usual', () => {
    expect(answerWhenSlow({ runsFor: 2, lambdaTimeout: 6 })).toBeUndefined();
  });

  it('[recorded] an invocation Lambda refuses (throttled, no permission) → 500 Internal server error', () => {
    expect(answerWhenRefused('throttled')).toMatchObject({
      statusCode: 500,
      body: INTERNAL_SERVER_ERROR_BODY,
      evidence: { level: 'recorded' },
    });
  });
});
