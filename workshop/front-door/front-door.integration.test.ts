import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localApisOfThisFile } from './testing/local-apis-of-this-file';

// The workshop's local API Gateway, on copies of the steps' answers changed the way a learner
// might: what a client receives must be what the model says AWS sends.

const { answered, serveFolder: serve } = localApisOfThisFile();

const json = { 'Content-Type': 'application/json' };
const ALLOWED = 'http://localhost:5173';

describe('a REST API with the Lambda-proxy integration', () => {
  it('answers a handler that throws "[400] …" with 502 {"message": "Internal server error"}, as AWS does, and says why', async () => {
    const door = await serve(
      answered('04-run-it-locally', {
        'src/handler.ts': () =>
          "export const throwError = async () => {\n  throw new Error('[400] Bad Request');\n};\n",
      }),
    );
    const response = await fetch(`${door.baseUrl}/throw`, {
      method: 'POST',
      body: '{}',
      headers: json,
    });
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('{"message": "Internal server error"}');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-amz-apigw-id')).toBeTruthy();
    expect(door.output()).toMatch(
      /POST \/dev\/throw → 502 .*the function threw Error: "\[400\] Bad Request"; a proxy integration turns every error into 502.*\(recorded\)/,
    );
  });

  it("passes the function's 400 through, with API Gateway's request id beside the function's", async () => {
    const door = await serve(answered('04-run-it-locally'));
    const response = await fetch(`${door.baseUrl}/throw`, {
      method: 'POST',
      body: '{"a": 1}',
      headers: json,
    });
    expect(response.status).toBe(400);
    const requestId = response.headers.get('x-request-id');
    expect(((await response.json()) as { requestId?: string }).requestId).toBe(requestId);
    expect(response.headers.get('x-amzn-requestid')).not.toBe(requestId);
    // The function logs where CloudWatch would collect it, in Lambda's format.
    expect(door.output()).toMatch(
      new RegExp(`\\t${requestId}\\tINFO\\t.*"preview":"\\{\\\\"a\\\\":1\\}"`),
    );
  });

  it('answers a path the API does not have with 403 "Missing Authentication Token"', async () => {
    const door = await serve(answered('04-run-it-locally'));
    const response = await fetch(`${door.baseUrl}/nowhere`, { method: 'POST' });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: 'Missing Authentication Token' });
  });

  it('answers a function that outlives its Lambda timeout with 502', async () => {
    const door = await serve(
      answered('04-run-it-locally', {
        'serverless.yml': (text) =>
          text.replace(
            'handler: src/handler.throwError',
            'handler: src/handler.throwError\n    timeout: 1',
          ),
        'src/handler.ts': () =>
          'export const throwError = () => new Promise((resolve) => setTimeout(resolve, 3000));\n',
      }),
    );
    const response = await fetch(`${door.baseUrl}/throw`, {
      method: 'POST',
      body: '{}',
      headers: json,
    });
    expect(response.status).toBe(502);
    expect(door.output()).toMatch(/outlived its 1 s Lambda timeout/);
  });
});

describe('binary media types (provider.apiGateway.binaryMediaTypes)', () => {
  it('sends bytes to an Accept that names one of them, and the base64 text to any other', async () => {
    const door = await serve(
      answered('04-run-it-locally', {
        'serverless.yml': (text) =>
          text.replace(
            '  stage: dev\n',
            "  stage: dev\n  apiGateway:\n    binaryMediaTypes:\n      - 'image/png'\n",
          ),
        'src/handler.ts': () =>
          "export const throwError = async () => ({ statusCode: 200, headers: { 'Content-Type': 'image/png' }, body: Buffer.from([1, 2, 3]).toString('base64'), isBase64Encoded: true });\n",
      }),
    );
    const asked = (accept: string) =>
      fetch(`${door.baseUrl}/throw`, {
        method: 'POST',
        body: '{}',
        headers: { ...json, Accept: accept },
      });
    expect([...new Uint8Array(await (await asked('image/png')).arrayBuffer())]).toEqual([1, 2, 3]);
    expect(await (await asked('*/*')).text()).toBe(Buffer.from([1, 2, 3]).toString('base64'));
  });
});

describe('CORS on a REST API (step 8, solved)', () => {
  const door = () => serve(answered('08-cors-on-errors'));

  it('gives another origin no Access-Control-Allow-Origin on the 400: only the function adds it', async () => {
    const api = await door();
    const response = await fetch(`${api.baseUrl}/throw`, {
      method: 'POST',
      body: '{}',
      headers: { ...json, Origin: 'http://evil.example' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(api.output()).toContain(
      'a page on http://evil.example cannot read it: no Access-Control-Allow-Origin',
    );
  });

  it("answers the preflight itself (the framework's MOCK method) with the configured origin, whatever the request's", async () => {
    const api = await door();
    const response = await fetch(`${api.baseUrl}/throw`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(api.output()).toContain(
      'a browser on http://evil.example stops here and never sends its request',
    );
  });

  it("puts the DEFAULT_4XX gateway response's headers on its own 403", async () => {
    const api = await door();
    const response = await fetch(`${api.baseUrl}/nowhere`, { method: 'POST' });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });
});

describe('the Lambda integration (step 9, solved)', () => {
  it('maps the thrown error through the selection patterns of serverless.yml', async () => {
    const api = await serve(answered('09-lambda-integration'));
    const response = await fetch(`${api.baseUrl}/throw-lambda`, {
      method: 'POST',
      body: '{"a": 1}',
      headers: json,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.text()).not.toMatch(/stackTrace|errorMessage|errorType/);
  });

  it('refuses a body that is not JSON before the function runs: the request template cannot render it', async () => {
    const api = await serve(answered('09-lambda-integration'));
    const response = await fetch(`${api.baseUrl}/throw-lambda`, {
      method: 'POST',
      body: 'not json',
      headers: json,
    });
    expect(response.status).toBe(400);
    expect(api.output()).toMatch(/the function never runs \(reported\)/);
  });
});

describe('an HTTP API (step 10)', () => {
  it('answers a catch that rethrows with 500 {"message":"Internal Server Error"}', async () => {
    const api = await serve(
      answered('10-http-api', {
        'src/with-http-api-errors.ts': (text) =>
          text.replace(/\} catch \(error\) \{/, '} catch (error) {\n      throw error;'),
      }),
    );
    const response = await fetch(new URL('/throw', api.httpApiUrl), {
      method: 'POST',
      body: '{}',
      headers: json,
    });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('{"message":"Internal Server Error"}');
    expect(response.headers.get('apigw-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a route it does not have with 404, and the preflight from provider.httpApi.cors', async () => {
    const api = await serve(answered('10-http-api'));
    expect((await fetch(new URL('/nowhere', api.httpApiUrl))).status).toBe(404);
    const preflight = await fetch(new URL('/throw', api.httpApiUrl), {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });
});

describe('a Function URL (step 11, solved)', () => {
  it('serves the function on an origin of its own, with the CORS of url.cors', async () => {
    const api = await serve(answered('11-function-url'));
    const [url] = Object.values(api.functionUrls);
    const response = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: { ...json, Origin: ALLOWED },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(new URL(url).port).not.toBe(new URL(api.httpApiUrl).port);
  });
});

describe('following saves', () => {
  it('runs the saved code on the next request, and keeps the last build serving when a save does not build', async () => {
    const folder = answered('04-run-it-locally');
    const api = await serve(folder);
    const handler = path.join(folder, 'src/handler.ts');
    const answer = readFileSync(handler, 'utf8');
    writeFileSync(
      handler,
      "export const throwError = async () => ({ statusCode: 418, body: 'teapot' });\n",
    );
    expect((await api.refresh()).outcome).toBe('rebuilt');
    expect((await fetch(`${api.baseUrl}/throw`, { method: 'POST', body: '{}' })).status).toBe(418);

    writeFileSync(handler, answer.slice(0, answer.length / 2));
    const broken = await api.refresh();
    expect(broken.outcome).toBe('failed');
    expect(broken.outcome === 'failed' && broken.error.message).toMatch(/handler\.ts:\d+:\d+/);
    expect((await fetch(`${api.baseUrl}/throw`, { method: 'POST', body: '{}' })).status).toBe(418);
  });

  it('listens for a function URL a save adds, and says so, without a restart', async () => {
    const folder = answered('11-function-url');
    const config = path.join(folder, 'serverless.yml');
    const withUrl = readFileSync(config, 'utf8');
    const withoutUrl = withUrl.replace(/\n {4}url:\n(?: {6}.*\n)+/, '\n');
    expect(withoutUrl).not.toBe(withUrl);
    writeFileSync(config, withoutUrl);
    const api = await serve(folder);
    expect(Object.keys(api.functionUrls)).toEqual([]);

    writeFileSync(config, withUrl);
    const rebuilt = await api.refresh();
    expect(rebuilt.outcome === 'rebuilt' && rebuilt.added).toEqual([
      {
        method: 'ANY',
        url: expect.stringMatching(/^http:\/\/localhost:\d+\/$/),
        door: 'Function URL',
      },
    ]);
    const [url] = Object.values(api.functionUrls);
    const response = await fetch(url, { method: 'POST', body: '{}', headers: json });
    expect(response.status).toBe(400);
    expect(api.servedRoutes().map((route) => route.url)).toContain(`${url}/`);
  });
});
