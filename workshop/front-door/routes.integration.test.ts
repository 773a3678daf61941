import { localApisOfThisFile } from './testing/local-apis-of-this-file';

// Routes as API Gateway routes them, on copies of the steps' answers changed the way a learner
// might (issue 25: `method: any` was never served, an HTTP-API-only service answered /dev/…
// as a REST API would).

const { serveAnswered: serve } = localApisOfThisFile();

/** A handler that answers with what it was sent: the parts of the event routing fills in. */
const echo = (name: string, fields: string) =>
  `export const ${name} = async (event: Record<string, unknown>) => ({ statusCode: 200, body: JSON.stringify({ ${fields} }) });\n`;

describe('a REST API', () => {
  it('serves `method: any` on `items/{id}` for every method, with pathParameters and the query parameters', async () => {
    const door = await serve('04-run-it-locally', {
      'serverless.yml': (text) =>
        text.replace(
          'path: throw\n          method: post',
          'path: items/{id}\n          method: any',
        ),
      'src/handler.ts': () =>
        echo(
          'throwError',
          'method: event.httpMethod, resource: event.resource, pathParameters: event.pathParameters, query: event.queryStringParameters, multi: event.multiValueQueryStringParameters',
        ),
    });
    for (const method of ['GET', 'DELETE', 'PATCH']) {
      const response = await fetch(`${door.baseUrl}/items/123?tag=a&tag=b`, { method });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        method,
        resource: '/items/{id}',
        pathParameters: { id: '123' },
        query: { tag: 'b' },
        multi: { tag: ['a', 'b'] },
      });
    }
    // Only a path no resource has is API Gateway's own 403.
    const missing = await fetch(`${door.baseUrl}/items/123/more`);
    expect(missing.status).toBe(403);
    expect(await missing.json()).toEqual({ message: 'Missing Authentication Token' });
    // The banner's route is one a client can call: an example value, not the braces.
    expect(door.servedRoutes()).toContainEqual({
      method: 'ANY',
      url: `${door.baseUrl}/items/123`,
      door: 'REST API',
      path: '/items/{id}',
    });
  });
});

describe('an HTTP API with no REST API (step 10)', () => {
  it('answers POST /dev/throw as the HTTP API does: 404 {"message":"Not Found"}, not a REST 403', async () => {
    const door = await serve('10-http-api');
    const response = await fetch(`${door.httpApiUrl}/dev/throw`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'Not Found' });
    expect(door.output()).toMatch(/POST \/dev\/throw → 404 .*\(inferred\)/);
  });

  it('fills pathParameters and rawQueryString of a route with a path parameter', async () => {
    const door = await serve('10-http-api', {
      'serverless.yml': (text) => text.replace('path: /throw', 'path: /orders/{orderId}'),
      'src/http-api-handler.ts': () =>
        echo(
          'throwErrorHttpApi',
          'routeKey: event.routeKey, pathParameters: event.pathParameters, raw: event.rawQueryString, query: event.queryStringParameters',
        ),
    });
    const response = await fetch(`${door.httpApiUrl}/orders/a%20b?x=1&x=2`, {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      routeKey: 'POST /orders/{orderId}',
      pathParameters: { orderId: 'a b' },
      raw: 'x=1&x=2',
      query: { x: '1,2' },
    });
    expect(door.servedRoutes().map((route) => route.url)).toContain(
      `${door.httpApiUrl}/orders/123`,
    );
  });
});

describe('a Function URL (step 11)', () => {
  it('sends every path and method to its function', async () => {
    const door = await serve('11-function-url', {
      'src/http-api-handler.ts': () =>
        echo(
          'throwErrorHttpApi',
          'method: event.requestContext.http.method, rawPath: event.rawPath, raw: event.rawQueryString',
        ),
    });
    const [origin] = Object.values(door.functionUrls);
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await fetch(`${origin}/any/deep/path?x=1`, { method });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ method, rawPath: '/any/deep/path', raw: 'x=1' });
    }
  });
});
