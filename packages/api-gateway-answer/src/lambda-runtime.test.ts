import { invoke, invokeFunction, MAX_RESPONSE_PAYLOAD_BYTES } from './lambda-runtime';

const never = () => new Promise(() => {});
const returns = (value: unknown) => async () => value;

describe('invoke: one invocation, as Lambda runs it and an integration sees it', () => {
  it.each([
    [
      'a result, after the JSON round trip',
      returns({ a: undefined, b: 1 }),
      { kind: 'result', result: { b: 1 } },
    ],
    ['undefined, which Lambda sends as null', returns(undefined), { kind: 'result', result: null }],
    [
      'a throw, as the runtime error document',
      async () => {
        throw new TypeError('boom');
      },
      { kind: 'failed', cause: 'threw', error: { errorType: 'TypeError', errorMessage: 'boom' } },
    ],
    [
      'a thrown object whose toString throws',
      async () => {
        throw { toString: 0 };
      },
      {
        kind: 'failed',
        cause: 'threw',
        error: { errorType: 'object', errorMessage: '[object Object]' },
      },
    ],
    [
      'a result JSON cannot hold',
      async () => {
        const value: Record<string, unknown> = {};
        value.self = value;
        return value;
      },
      { kind: 'failed', cause: 'unserialisable', error: { errorType: 'TypeError' } },
    ],
    [
      'a result over 6 MB',
      returns('x'.repeat(MAX_RESPONSE_PAYLOAD_BYTES)),
      { kind: 'failed', cause: 'too large', error: { errorType: 'Function.ResponseSizeTooLarge' } },
    ],
  ])('%s', async (_what, handler, expected) => {
    expect(await invoke(handler, {})).toMatchObject(expected);
  });

  it.each([
    // clock, what a handler that never settles ends as
    [
      { functionTimeout: 0.001, integrationTimeout: 29 },
      { kind: 'failed', cause: 'timed out' },
    ],
    [
      { functionTimeout: 29, integrationTimeout: 0.001 },
      { kind: 'integration timed out', after: 0.001 },
    ],
    // The same limit: API Gateway gives up as the function does, and answers 504.
    [{ functionTimeout: 0.001, integrationTimeout: 0.001 }, { kind: 'integration timed out' }],
    [{ integrationTimeout: 0.001 }, { kind: 'integration timed out' }],
  ])('with %j, one that never settles ends as %j', async (clock, expected) => {
    expect(await invoke(never, {}, undefined, clock)).toMatchObject(expected);
  });

  it("the function's timeout is Lambda's Sandbox.Timedout, which a Lambda integration maps like any error", async () => {
    const outcome = await invokeFunction(never, {}, undefined, 0.001);
    expect(outcome).toMatchObject({
      kind: 'failed',
      error: { errorType: 'Sandbox.Timedout', errorMessage: 'Task timed out after 0.00 seconds' },
    });
  });
});
