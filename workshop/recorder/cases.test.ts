import { lambdaIntegrationRecordings, proxyRecordings } from 'api-gateway-answer/evidence';
import { findCase, probeCases, probeError } from './cases';
import { probe } from './probe/handler';

describe('the probe cases', () => {
  it('repeat every LocalStack recording, each under an id of its own', () => {
    const ids = probeCases.map((probeCase) => probeCase.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(probeCases.filter((probeCase) => probeCase.repeats).length).toBe(
      proxyRecordings.length + lambdaIntegrationRecordings.length,
    );
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it('send each Lambda-integration case to the route of its configuration, a refusal to the refusing route', () => {
    expect(findCase('patterns-lambda-selection-pattern-400')).toMatchObject({
      integration: 'lambda',
      route: 'lambda-selection',
    });
    expect(findCase('overlap-lambda-selection-pattern-400')).toMatchObject({
      integration: 'lambda',
      route: 'lambda-overlapping',
    });
    expect(findCase('template-response-template-202')).toMatchObject({ route: 'lambda-override' });
    expect(findCase('refused-invocation-payload-with-get-proxy-method')).toMatchObject({
      integration: 'proxy',
      route: 'refused',
    });
    expect(findCase('payload-invoke-api-no-body')).toMatchObject({
      integration: 'proxy',
      route: 'proxy',
    });
  });
});

describe('the probe function', () => {
  it('returns the result of the case the request names, on either integration', async () => {
    await expect(
      probe({ queryStringParameters: { case: 'payload-invoke-api-status-code-str' } }),
    ).resolves.toEqual({ statusCode: '201' });
    await expect(probe({ query: { case: 'passthrough-lambda-aws-integration' } })).resolves.toEqual(
      { message: 'hello world' },
    );
  });

  it('throws the error of the case with a one-line stack, so the error document is known in advance', async () => {
    const thrown = await probe({ query: { case: 'patterns-lambda-selection-pattern-400' } }).catch(
      (error: Error) => error,
    );
    const expected = probeError({
      errorType: 'Exception',
      errorMessage: 'Error: Raising 400 from within the Lambda function',
    });
    expect(thrown).toMatchObject({ name: expected.errorType, message: expected.errorMessage });
    expect((thrown as Error).stack?.split('\n')).toEqual(expected.trace);
  });

  it('answers 404 for a case it does not have', async () => {
    await expect(probe({ queryStringParameters: { case: 'nope' } })).resolves.toEqual({
      statusCode: 404,
      body: '{"message":"The probe has no case \\"nope\\"."}',
    });
  });
});
