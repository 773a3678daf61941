import { lambdaContext } from '@workshop/fixtures/lambda-context';
import { lambdaIntegrationEvent } from '@workshop/fixtures/lambda-integration-events';
import { repoRoot } from '@workshop/paths';
import { compileTemplate } from '@workshop/serverless/compile-template';
import { methodIntegration } from '@workshop/serverless/package-service';
import { type IntegrationResponse, invokeThroughLambdaIntegration } from 'api-gateway-answer';
import fc from 'fast-check';
import { throwErrorLambda } from '../src/lambda-handler';
import { withLambdaErrors } from '../src/with-lambda-errors';

// POST /throw-lambda over generated events, judged through the integration responses that
// the top-level serverless.yml compiles to: what AWS's API Gateway would send the client.
const RUNS = 2_000;
const STACK_FRAME = /\bat .+:\d+:\d+|"trace"|errorType|errorMessage/;

let responses: IntegrationResponse[];
beforeAll(async () => {
  const service = await compileTemplate(repoRoot);
  responses = methodIntegration(service, 'throw-lambda', 'POST')?.IntegrationResponses ?? [];
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
}, 120_000);
afterAll(() => jest.restoreAllMocks());

// What the request template can hand the function as `body`: any JSON value, or the raw text.
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 200 }),
  fc.constant({ ['__proto__']: { polluted: true } }),
  fc.constant(null),
);
const headers = fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 50 }), {
  maxKeys: 6,
});

describe('POST /throw-lambda through the Lambda integration, for any body', () => {
  it(`always a 400 problem+json naming the request, never a stack trace (${RUNS} events)`, async () => {
    await fc.assert(
      fc.asyncProperty(body, headers, fc.uuid(), async (generated, generatedHeaders, requestId) => {
        const answer = await invokeThroughLambdaIntegration(
          throwErrorLambda,
          { ...lambdaIntegrationEvent(generated), headers: generatedHeaders },
          responses,
          lambdaContext(requestId),
        );
        expect(answer).toBeMappedToStatus(400);
        expect(answer.headers['content-type']).toBe('application/problem+json');
        expect(JSON.parse(answer.body)).toMatchObject({
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          requestId,
        });
        expect(answer.body).not.toMatch(STACK_FRAME);
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it(`an unexpected error is a 500 that shows nothing of it, whatever its message, even "[400] …" (${RUNS} errors)`, async () => {
    const message = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.string({ maxLength: 50 }).map((text) => `[400] ${text}`),
      fc.constant('line one\nline two'),
    );
    await fc.assert(
      fc.asyncProperty(message, fc.uuid(), async (text, requestId) => {
        const failing = withLambdaErrors(async () => {
          throw new Error(text);
        });
        const answer = await invokeThroughLambdaIntegration(
          failing,
          lambdaIntegrationEvent(),
          responses,
          lambdaContext(requestId),
        );
        expect(answer).toBeMappedToStatus(500);
        expect(JSON.parse(answer.body)).toEqual({
          type: 'about:blank',
          title: 'Internal Server Error',
          status: 500,
          requestId,
        });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
