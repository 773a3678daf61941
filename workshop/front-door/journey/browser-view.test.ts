import { corsCheckFailure } from 'api-gateway-answer/engine';
import { type BrowserRequest, browserVerdict, type Message } from './browser-view';

const page = 'http://localhost:5173';
const post: BrowserRequest = {
  method: 'POST',
  url: 'http://localhost:3000/dev/throw',
  origin: page,
  preflight: false,
};
const preflight: BrowserRequest = {
  ...post,
  method: 'OPTIONS',
  preflight: true,
  requestMethod: 'POST',
  requestHeaders: ['content-type'],
};
const answer = (headers: Array<[string, string]>, status = 400): Message => ({
  status,
  headers,
  body: '{"message":"no"}',
});

describe("the browser's CORS check of an answer", () => {
  it.each<[string, Array<[string, string]>, string | undefined]>([
    ['no Access-Control-Allow-Origin', [], "No 'Access-Control-Allow-Origin' header is present"],
    [
      'two values',
      [['access-control-allow-origin', `${page}, ${page}`]],
      `contains multiple values '${page}, ${page}', but only one is allowed`,
    ],
    [
      'another origin',
      [['access-control-allow-origin', 'http://localhost:9999']],
      "has a value 'http://localhost:9999' that is not equal to the supplied origin",
    ],
    ["the page's origin", [['access-control-allow-origin', page]], undefined],
    ['*', [['access-control-allow-origin', '*']], undefined],
  ])("with %s: the model's verdict, in Chromium's words", (_case, headers, words) => {
    const verdict = browserVerdict(post, answer(headers));
    const model = corsCheckFailure(Object.fromEntries(headers), page);
    expect(verdict.kind === 'blocked').toBe(model !== undefined);
    if (words === undefined) expect(verdict.kind).toBe('read');
    else
      expect(verdict).toMatchObject({
        kind: 'blocked',
        chromium: expect.stringContaining(
          `Access to fetch at '${post.url}' from origin '${page}' has been blocked by CORS policy: `,
        ),
      });
    if (verdict.kind === 'blocked' && words !== undefined)
      expect(verdict.chromium).toContain(words);
  });

  it('lets the page read the safelisted and the exposed headers, and names the hidden ones', () => {
    const verdict = browserVerdict(
      post,
      answer([
        ['content-type', 'application/json'],
        ['x-request-id', 'abc'],
        ['x-amzn-requestid', 'def'],
        ['access-control-allow-origin', page],
        ['access-control-expose-headers', 'X-Request-Id'],
      ]),
    );
    expect(verdict).toEqual({
      kind: 'read',
      message: {
        status: 400,
        headers: [
          ['content-type', 'application/json'],
          ['x-request-id', 'abc'],
        ],
        body: '{"message":"no"}',
      },
      hidden: ['x-amzn-requestid', 'access-control-allow-origin', 'access-control-expose-headers'],
    });
  });
});

describe("the browser's check of a preflight", () => {
  const allowing: Array<[string, string]> = [
    ['access-control-allow-origin', page],
    ['access-control-allow-headers', 'Content-Type'],
    ['access-control-allow-methods', 'OPTIONS,POST'],
  ];

  it('sends the request when the origin, the status and the headers pass', () => {
    expect(browserVerdict(preflight, answer(allowing, 204))).toEqual({
      kind: 'preflight passed',
      sends: 'POST',
    });
  });

  it.each<[string, BrowserRequest, Array<[string, string]>, number, string]>([
    [
      'no origin allowed',
      preflight,
      [],
      204,
      "Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present",
    ],
    [
      'a status that is not ok',
      preflight,
      allowing,
      403,
      "Response to preflight request doesn't pass access control check: It does not have HTTP ok status.",
    ],
    [
      'a method not allowed',
      { ...preflight, requestMethod: 'PUT' },
      allowing,
      204,
      'Method PUT is not allowed by Access-Control-Allow-Methods in preflight response.',
    ],
    [
      'a header not allowed',
      { ...preflight, requestHeaders: ['content-type', 'x-trace'] },
      allowing,
      204,
      'Request header field x-trace is not allowed by Access-Control-Allow-Headers in preflight response.',
    ],
  ])('blocks with %s, in Chromium words', (_case, request, headers, status, words) => {
    const verdict = browserVerdict(request, answer(headers, status));
    expect(verdict.kind).toBe('blocked');
    if (verdict.kind === 'blocked') expect(verdict.chromium).toContain(words);
  });

  it('never checks POST against Access-Control-Allow-Methods: it is safelisted', () => {
    const getOnly = allowing.map(([name, value]): [string, string] =>
      name === 'access-control-allow-methods' ? [name, 'GET'] : [name, value],
    );
    expect(browserVerdict(preflight, answer(getOnly, 204)).kind).toBe('preflight passed');
  });
});
