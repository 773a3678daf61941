import path from 'node:path';
import { localApisOfThisFile } from './testing/local-apis-of-this-file';

// `serve --dir`: any Serverless Framework service with Node.js handlers, on the local API. The
// fixture services (testing/services/) are shaped like real projects'; each route answers as AWS
// would, or 501 with what is not modelled, named at start.

const services = path.join(__dirname, 'testing', 'services');
const { serveFolder } = localApisOfThisFile();
const serve = (name: string) => serveFolder(path.join(services, name));

const json = { 'Content-Type': 'application/json' };

describe('a REST API with {id} and several methods on one path', () => {
  it('sends each method of /items and /items/{id} to its function, with the id', async () => {
    const door = await serve('rest-items');
    const list = await fetch(`${door.baseUrl}/items?limit=5`);
    expect([list.status, await list.json()]).toEqual([200, { items: [], limit: '5' }]);
    const created = await fetch(`${door.baseUrl}/items`, {
      method: 'POST',
      headers: json,
      body: '{"name":"pen"}',
    });
    expect([created.status, await created.json()]).toEqual([201, { created: { name: 'pen' } }]);
    for (const [method, status] of [
      ['GET', 200],
      ['PUT', 200],
      ['DELETE', 202],
    ] as const) {
      const response = await fetch(`${door.baseUrl}/items/42`, { method });
      expect([response.status, await response.json()]).toEqual([
        status,
        { method, resource: '/items/{id}', id: '42' },
      ]);
    }
    // A method /items/{id} does not have is API Gateway's own 403.
    const patch = await fetch(`${door.baseUrl}/items/42`, { method: 'PATCH' });
    expect(patch.status).toBe(403);
    expect(door.notModelled()).toEqual([]);
  });
});

describe('an Express app behind serverless-http', () => {
  it('on the REST API (ANY / and ANY /{proxy+}): every path reaches the app, its own 404 included', async () => {
    const door = await serve('express-rest');
    const root = await fetch(`${door.baseUrl}/`);
    expect([root.status, await root.json()]).toEqual([200, { service: 'express' }]);
    const user = await fetch(`${door.baseUrl}/users/7?verbose=1`);
    expect([user.status, await user.json()]).toEqual([200, { id: '7', verbose: '1' }]);
    const created = await fetch(`${door.baseUrl}/users`, {
      method: 'POST',
      headers: json,
      body: '{"name":"Ada"}',
    });
    expect([created.status, await created.json()]).toEqual([201, { created: { name: 'Ada' } }]);
    const unknown = await fetch(`${door.baseUrl}/nothing/here`, { method: 'DELETE' });
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      { error: 'No route for DELETE /nothing/here' },
    ]);
  });

  it('on an HTTP API catch-all (httpApi: "*"): every path and method reaches the app', async () => {
    const door = await serve('express-http-api');
    const user = await fetch(`${door.httpApiUrl}/users/8`);
    expect([user.status, await user.json()]).toEqual([200, { id: '8', verbose: null }]);
    const created = await fetch(`${door.httpApiUrl}/users`, {
      method: 'POST',
      headers: json,
      body: '{"name":"Grace"}',
    });
    expect([created.status, await created.json()]).toEqual([201, { created: { name: 'Grace' } }]);
    // No REST API here: /dev/… is a path like any other, the app's.
    const dev = await fetch(`${door.httpApiUrl}/dev/users/9`);
    expect([dev.status, await dev.json()]).toEqual([
      404,
      { error: 'No route for GET /dev/users/9' },
    ]);
  });
});

describe('an HTTP API with path parameters', () => {
  it('fills pathParameters and the route key; a path no route has is 404 Not Found', async () => {
    const door = await serve('http-api-params');
    const order = await fetch(`${door.httpApiUrl}/users/u1/orders/o2?expand=items`);
    expect([order.status, await order.json()]).toEqual([
      200,
      {
        routeKey: 'GET /users/{userId}/orders/{orderId}',
        pathParameters: { userId: 'u1', orderId: 'o2' },
        query: { expand: 'items' },
      },
    ]);
    const created = await fetch(`${door.httpApiUrl}/users/u1/orders`, { method: 'POST' });
    expect(created.status).toBe(201);
    const missing = await fetch(`${door.httpApiUrl}/users/u1`);
    expect([missing.status, await missing.json()]).toEqual([404, { message: 'Not Found' }]);
    expect(door.servedRoutes().map((route) => route.url)).toContain(
      `${door.httpApiUrl}/users/123/orders/123`,
    );
  });
});

describe('a handler that cannot load', () => {
  it('fails each call of that function as Lambda would (502), says why, and keeps serving the others', async () => {
    const door = await serve('cannot-load');
    const broken = await fetch(`${door.baseUrl}/broken`);
    expect(broken.status).toBe(502);
    expect(await broken.json()).toEqual({ message: 'Internal server error' });
    expect(door.output()).toContain("Cannot find module 'left-out-of-the-bundle'");
    const fine = await fetch(`${door.baseUrl}/fine`);
    expect([fine.status, await fine.json()]).toEqual([200, { fine: true }]);
  });
});

describe('an authorizer and an API key', () => {
  it('names both at start, answers 501 on their routes, and serves the open route', async () => {
    const door = await serve('authorizer-and-key');
    const named = door.notModelled().map((gap) => ({
      property: gap.property,
      routes: gap.routes.map((route) => `${route.method} ${route.path}`),
    }));
    expect(named).toEqual(
      expect.arrayContaining([
        { property: 'AuthorizationType: CUSTOM', routes: ['GET /private'] },
        { property: 'ApiKeyRequired: true', routes: ['POST /keyed'] },
        { property: 'AWS::ApiGateway::ApiKey', routes: ['POST /keyed'] },
        { property: 'AWS::ApiGateway::UsagePlan', routes: ['POST /keyed'] },
      ]),
    );
    const authorized = await fetch(`${door.baseUrl}/private`, {
      headers: { Authorization: 'allow' },
    });
    expect(authorized.status).toBe(501);
    expect(((await authorized.json()) as { message: string }).message).toMatch(
      /does not model an authorizer \(CUSTOM\)/,
    );
    const keyed = await fetch(`${door.baseUrl}/keyed`, { method: 'POST' });
    expect(keyed.status).toBe(501);
    expect(((await keyed.json()) as { message: string }).message).toMatch(/an API key/);
    const open = await fetch(`${door.baseUrl}/public`);
    expect([open.status, await open.json()]).toEqual([200, { open: true }]);
  });
});
