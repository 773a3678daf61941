import { httpApiEvidence } from '../evidence';
import {
  answerUrlPreflight,
  buildFunctionUrlEvent,
  type FunctionUrlRequest,
  invokeFunctionUrl,
  mapFunctionUrl,
  noteInvokeMode,
  requireNoAuth,
} from './function-url-stages';
import { Finished } from './stages';
import { everyRoute } from './testing/every-route';
import type { WireAnswer } from './wire-answer';

// Table-driven: the Function URL door's stages around the invocation.

const ids = { requestId: 'req-1', extendedRequestId: 'ext-1' };
const url = everyRoute.functionUrls[0];
if (url === undefined) throw new Error('every-route has no function URL');
const at = (authType: string): FunctionUrlRequest => ({
  request: {
    method: 'DELETE',
    path: '/any/path',
    rawQuery: 'a=1',
    headers: [],
    body: Buffer.from(''),
    sourceIp: '127.0.0.1',
  },
  url: { ...url, authType },
  handler: () => undefined,
  ids,
});

describe('the auth stage of a Function URL', () => {
  it.each([
    ['NONE', undefined],
    ['AWS_IAM', 403],
  ] as const)('AuthType %s: answered itself %s', (authType, status) => {
    const next = requireNoAuth(at(authType));
    if (status === undefined) expect(next).not.toBeInstanceOf(Finished);
    else {
      expect((next as Finished).answer.statusCode).toBe(status);
      expect((next as Finished).answer.level).toBe(httpApiEvidence.urlNotSigned.level);
    }
  });
});

describe('the build-the-event stage of a Function URL', () => {
  it('every path and method: routeKey $default, its request id', () => {
    const { event } = buildFunctionUrlEvent(at('NONE'));
    expect(event).toMatchObject({
      routeKey: '$default',
      rawPath: '/any/path',
      rawQueryString: 'a=1',
      requestContext: { requestId: 'req-1', http: { method: 'DELETE' } },
    });
  });
});

describe('the preflight stage of a Function URL', () => {
  const preflight = (cors: typeof url.cors) =>
    answerUrlPreflight(
      buildFunctionUrlEvent({
        ...at('NONE'),
        url: { ...url, cors },
        request: {
          ...at('NONE').request,
          method: 'OPTIONS',
          headers: [
            ['Origin', 'http://localhost:5173'],
            ['Access-Control-Request-Method', 'PUT'],
          ],
        },
      }),
    );

  it.each<[string, typeof url.cors, number | undefined]>([
    ['with url.cors: answered by the URL itself, 204', { AllowOrigins: ['*'] }, 204],
    ['without url.cors: on to the function', undefined, undefined],
  ])('%s', (_what, cors, status) => {
    const next = preflight(cors);
    if (status === undefined) expect(next).not.toBeInstanceOf(Finished);
    else expect((next as Finished).answer.statusCode).toBe(status);
  });
});

describe("the invoke and map stages of a Function URL: the runtime, then the URL's rules", () => {
  it.each([
    ['a response object', () => ({ statusCode: 418, body: 'teapot' }), 418],
    ['no statusCode: an inferred 200', () => ({ a: 1 }), 200],
    [
      'a throw: 502',
      () => {
        throw new Error('boom');
      },
      502,
    ],
  ] as const)('%s', async (_what, handler, status) => {
    const invoked = await invokeFunctionUrl(buildFunctionUrlEvent({ ...at('NONE'), handler }));
    const mapped = mapFunctionUrl(invoked);
    expect(mapped.statusCode).toBe(status);
    expect(mapped.headers['x-amzn-requestid']).toBe('req-1');
  });
});

const answer: WireAnswer = { statusCode: 200, headers: {}, body: Buffer.from(''), why: 'why' };

describe('the invoke-mode note of a Function URL', () => {
  it.each([
    ['BUFFERED', undefined],
    ['RESPONSE_STREAM', /InvokeMode RESPONSE_STREAM: this is the buffered answer/],
  ] as const)('InvokeMode %s', (invokeMode, note) => {
    const noted = noteInvokeMode(invokeMode)(answer);
    if (note === undefined) expect(noted.notModelled).toBeUndefined();
    else expect(noted.notModelled).toMatch(note);
  });
});
