import path from 'node:path';
import {
  type AnyProxyHandler,
  handlerTypingProblems,
  invokeThroughApiGateway,
  loadOnce,
  resolvedConfig,
  restEvents,
} from '@workshop/testing';

const stepFolder = path.resolve(__dirname, '..');
const handlerFile = path.join(stepFolder, 'src', 'handler.ts');

describe('serverless.yml, as the framework reads it', () => {
  const configs = loadOnce(() =>
    Promise.all([
      resolvedConfig(stepFolder, { AWS_REGION: undefined }),
      resolvedConfig(stepFolder, { AWS_REGION: 'eu-west-1' }),
    ]),
  );
  const withoutRegion = () => configs()[0];

  it('runs the function on the nodejs22.x runtime', () => {
    expect(withoutRegion().provider?.runtime).toBe('nodejs22.x');
  });

  it('takes the region from AWS_REGION', () => {
    expect(configs()[1].provider?.region).toBe('eu-west-1');
  });

  it('uses us-east-2 when AWS_REGION is not set', () => {
    expect(withoutRegion().provider?.region).toBe('us-east-2');
  });

  it('deploys to the dev stage by default', () => {
    expect(withoutRegion().provider?.stage).toBe('dev');
  });

  it('declares the function throw_error, run by the throwError export of src/handler.ts', () => {
    expect(Object.keys(withoutRegion().functions ?? {})).toContain('throw_error');
    expect(withoutRegion().functions?.throw_error.handler).toBe('src/handler.throwError');
  });

  it('routes POST /throw to throw_error, with CORS enabled', () => {
    const httpEvents = (withoutRegion().functions?.throw_error?.events ?? []).map(
      (event) => event.http as Record<string, unknown> | undefined,
    );
    expect(httpEvents).toContainEqual(
      expect.objectContaining({
        path: expect.stringMatching(/^\/?throw$/),
        method: expect.stringMatching(/^post$/i),
        cors: true,
      }),
    );
  });
});

describe('src/handler.ts', () => {
  // Loaded without its types so that a missing export is a failed test, not a compile error.
  const handlerModule = (): Record<string, unknown> => require('../src/handler');

  it('exports an async function named throwError', async () => {
    const { throwError } = handlerModule();
    expect(typeof throwError).toBe('function');
    const result = (throwError as AnyProxyHandler)(restEvents.jsonBody(), {} as never);
    expect(result).toBeInstanceOf(Promise);
    await (result as Promise<unknown>).catch(() => undefined);
  });

  it('types throwError with APIGatewayProxyEvent, Context and APIGatewayProxyResult from aws-lambda', () => {
    expect(handlerTypingProblems(handlerFile, 'throwError')).toEqual([]);
  }, 30_000);

  it('answers with a result API Gateway accepts', async () => {
    const { throwError } = handlerModule();
    expect(typeof throwError).toBe('function');
    const answer = await invokeThroughApiGateway(
      throwError as AnyProxyHandler,
      restEvents.jsonBody(),
    );
    expect(answer).toBeDeliveredWithStatus(200);
    // An empty 200 for now: what the body says is step 3's lesson.
    expect(answer.body).toBe('');
  });
});
