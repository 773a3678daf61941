import {
  answerWhenRefused,
  answerWhenSlow,
  ENDPOINT_TIMED_OUT_BODY,
  withDefault5xxHeaders,
} from './failures';
import { INTERNAL_SERVER_ERROR_BODY } from './gateway-answer';
import { invokeThroughApiGateway } from './invoke-through-api-gateway';

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

  it("[inferred] a malformed result's 502 carries the DEFAULT_5XX gateway response's headers", async () => {
    const answer = await invokeThroughApiGateway(async () => 'Bad Request', {} as never);
    const withCors = withDefault5xxHeaders(answer, {
      'gatewayresponse.header.Access-Control-Allow-Origin': "'https://app.example'",
    });
    expect(withCors.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(withCors.statusCode).toBe(502);
  });

  it("leaves the function's own answers alone, 5XX included", async () => {
    const answer = await invokeThroughApiGateway(
      async () => ({ statusCode: 500, body: '{}' }),
      {} as never,
    );
    expect(
      withDefault5xxHeaders(answer, { 'gatewayresponse.header.X-A': "'1'" }).headers,
    ).not.toHaveProperty('x-a');
  });
});
