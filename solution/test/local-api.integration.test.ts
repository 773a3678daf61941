import { localApiFor, mixedRequestKinds, repoRoot, runMixedLoad } from '@workshop/testing';

// The solution on the workshop's local API Gateway, in this process: it answers as AWS
// would, so a missing CORS header or a 502 shows here as it would on AWS.
const door = localApiFor(repoRoot);
const api = {
  get baseUrl() {
    return door().baseUrl;
  },
  output: () => door().output(),
};

const post = (body: string) =>
  fetch(`${api.baseUrl}/throw`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json' },
  });

describe('the solution behind the local API Gateway, over real HTTP', () => {
  it('answers POST /throw with 400, a JSON body, and the Lambda request id', async () => {
    const response = await post('{"blah": "blah1"}');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: expect.any(String),
      requestId,
    });
  });

  it('answers a body that is not JSON with a clean 400, not a 502', async () => {
    const response = await post('not json');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      status: 400,
      detail: 'The request body is not valid JSON.',
    });
  });

  it('a browser on the allowed origin gets the CORS header on the preflight and on the 400', async () => {
    const origin = 'http://localhost:5173';
    const preflight = await fetch(`${api.baseUrl}/throw`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    const response = await fetch(`${api.baseUrl}/throw`, {
      method: 'POST',
      body: '{}',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('gives another origin no Access-Control-Allow-Origin on the 400, so its browser reads nothing', async () => {
    const response = await fetch(`${api.baseUrl}/throw`, {
      method: 'POST',
      body: '{}',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers on the Function URL with 400 and one Access-Control-Allow-Origin, from url.cors', async () => {
    const [url] = Object.values(door().functionUrls);
    const response = await fetch(url, {
      method: 'POST',
      body: '{"blah": "blah1"}',
      headers: { Origin: 'http://localhost:5173', 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(await response.json()).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('answers POST /throw-lambda (the Lambda integration) with 400 and only the problem+json, no stack trace', async () => {
    const response = await fetch(`${api.baseUrl}/throw-lambda`, {
      method: 'POST',
      body: '{"blah": "blah1"}',
      headers: { 'Content-Type': 'application/json' },
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.parse(text)).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'This endpoint always answers 400 Bad Request.',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(text).not.toMatch(/stackTrace|errorMessage|errorType/);
  });

  it('answers POST /v2/throw (the HTTP API, payload 2.0) with 400 problem+json, not an inferred 200', async () => {
    // The HTTP API has no stage in its paths: the server's root.
    const response = await fetch(new URL('/v2/throw', api.baseUrl), {
      method: 'POST',
      body: 'not json',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 400,
      detail: 'The request body is not valid JSON.',
      requestId: response.headers.get('x-request-id'),
    });
  });

  it('answers the HTTP API preflight for the allowed origin from provider.httpApi.cors', async () => {
    const origin = 'http://localhost:5173';
    const preflight = await fetch(new URL('/v2/throw', api.baseUrl), {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('answers a mix of valid, malformed and preflight requests, several at a time, each as promised', async () => {
    // A small round of the benchmark's mixed load (npm run bench sends 1,000).
    const kinds = mixedRequestKinds('http://localhost:5173');
    const result = await runMixedLoad(api.baseUrl, kinds, kinds.length * 10, 4);
    expect(result.sent).toBe(kinds.length * 10);
    expect(result.unexpectedStatuses).toEqual([]);
    expect(result.unreadableBodies).toEqual([]);
  });

  it("logs the request body's size and preview where CloudWatch would collect it (the function output)", async () => {
    await post('{"marker": "local-api-test"}');
    // The function logs before it answers: its line is there when the answer is.
    expect(api.output()).toContain('"bytes":27,"preview":"{\\"marker\\":\\"local-api-test\\"}"');
  });
});
