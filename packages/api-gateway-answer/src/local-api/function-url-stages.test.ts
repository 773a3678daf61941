import { httpApiEvidence } from '../evidence';
import {
  buildFunctionUrlEvent,
  type FunctionUrlRequest,
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
