import type { Evidence } from '../evidence';
import { examplePath, matchRoute, type RouteShape, routingEvidence } from './route-match';

// Table-driven: which route API Gateway gives a request, and the path parameters it sends;
// each row with its evidence (in its name).

const { rest, httpApi } = routingEvidence;

interface Row {
  rule: string;
  evidence: Evidence;
  routes: RouteShape[];
  method: string;
  path: string;
  /** The route it reaches, as `METHOD path`, or undefined: API Gateway answers itself. */
  reaches: string | undefined;
  pathParameters?: Record<string, string> | null;
}

const items: RouteShape[] = [
  { method: 'GET', path: '/items' },
  { method: 'POST', path: '/items' },
  { method: 'GET', path: '/items/{id}' },
  { method: 'PUT', path: '/items/{id}' },
  { method: 'DELETE', path: '/items/{id}' },
];

const rows: Row[] = [
  {
    rule: 'a literal path and its method',
    evidence: rest.parameter,
    routes: items,
    method: 'POST',
    path: '/items',
    reaches: 'POST /items',
    pathParameters: null,
  },
  {
    rule: '{id} takes one segment, sent in pathParameters',
    evidence: rest.parameter,
    routes: items,
    method: 'PUT',
    path: '/items/123',
    reaches: 'PUT /items/{id}',
    pathParameters: { id: '123' },
  },
  {
    rule: '{id} takes one segment only',
    evidence: rest.parameter,
    routes: items,
    method: 'GET',
    path: '/items/123/more',
    reaches: undefined,
  },
  {
    rule: 'a method the path does not have matches nothing',
    evidence: rest.miss,
    routes: items,
    method: 'PATCH',
    path: '/items/123',
    reaches: undefined,
  },
  {
    rule: 'a path no resource has matches nothing',
    evidence: rest.miss,
    routes: items,
    method: 'GET',
    path: '/nowhere',
    reaches: undefined,
  },
  {
    rule: 'ANY serves every method',
    evidence: rest.any,
    routes: [{ method: 'ANY', path: '/items/{id}' }],
    method: 'PATCH',
    path: '/items/9',
    reaches: 'ANY /items/{id}',
    pathParameters: { id: '9' },
  },
  {
    rule: "the framework's `*` (method: any) serves every method",
    evidence: httpApi.match,
    routes: [{ method: '*', path: '/items/{id}' }],
    method: 'DELETE',
    path: '/items/9',
    reaches: '* /items/{id}',
    pathParameters: { id: '9' },
  },
  {
    rule: 'a method of its own wins over ANY on the same path',
    evidence: rest.specificity,
    routes: [
      { method: 'ANY', path: '/items/{id}' },
      { method: 'GET', path: '/items/{id}' },
    ],
    method: 'GET',
    path: '/items/9',
    reaches: 'GET /items/{id}',
    pathParameters: { id: '9' },
  },
  {
    rule: '{proxy+} takes the rest of the path, slashes included',
    evidence: rest.greedy,
    routes: [{ method: 'ANY', path: '/{proxy+}' }],
    method: 'GET',
    path: '/users/7/orders',
    reaches: 'ANY /{proxy+}',
    pathParameters: { proxy: 'users/7/orders' },
  },
  {
    rule: '{proxy+} takes one segment or more: not the root',
    evidence: rest.greedy,
    routes: [{ method: 'ANY', path: '/{proxy+}' }],
    method: 'GET',
    path: '/',
    reaches: undefined,
  },
  {
    rule: 'the root resource matches /',
    evidence: rest.any,
    routes: [
      { method: 'ANY', path: '/' },
      { method: 'ANY', path: '/{proxy+}' },
    ],
    method: 'GET',
    path: '/',
    reaches: 'ANY /',
    pathParameters: null,
  },
  {
    rule: 'a literal segment wins over a parameter',
    evidence: rest.specificity,
    routes: [
      { method: 'GET', path: '/items/{id}' },
      { method: 'GET', path: '/items/latest' },
    ],
    method: 'GET',
    path: '/items/latest',
    reaches: 'GET /items/latest',
    pathParameters: null,
  },
  {
    rule: 'a parameter wins over a greedy path',
    evidence: rest.specificity,
    routes: [
      { method: 'ANY', path: '/{proxy+}' },
      { method: 'GET', path: '/items/{id}' },
    ],
    method: 'GET',
    path: '/items/5',
    reaches: 'GET /items/{id}',
    pathParameters: { id: '5' },
  },
  {
    rule: 'a greedy path catches what the specific route does not',
    evidence: httpApi.match,
    routes: [
      { method: 'ANY', path: '/{proxy+}' },
      { method: 'GET', path: '/items/{id}' },
    ],
    method: 'POST',
    path: '/items/5',
    reaches: 'ANY /{proxy+}',
    pathParameters: { proxy: 'items/5' },
  },
  {
    rule: 'a deeper greedy path wins over a shallower one',
    evidence: rest.specificity,
    routes: [
      { method: 'ANY', path: '/{proxy+}' },
      { method: 'ANY', path: '/api/{proxy+}' },
    ],
    method: 'GET',
    path: '/api/v1/x',
    reaches: 'ANY /api/{proxy+}',
    pathParameters: { proxy: 'v1/x' },
  },
  {
    rule: 'path parameters are sent decoded',
    evidence: routingEvidence.httpApi.match,
    routes: [{ method: 'GET', path: '/files/{name}' }],
    method: 'GET',
    path: '/files/a%20b.txt',
    reaches: 'GET /files/{name}',
    pathParameters: { name: 'a b.txt' },
  },
  {
    rule: 'one trailing slash is the same path',
    evidence: rest.parameter,
    routes: items,
    method: 'GET',
    path: '/items/',
    reaches: 'GET /items',
    pathParameters: null,
  },
];

describe('matchRoute', () => {
  it.each(rows.map((row) => [`${row.rule} (${row.evidence.level})`, row] as const))(
    '%s',
    (_name, row) => {
      const match = matchRoute(row.routes, row.method, row.path);
      expect(match === undefined ? undefined : `${match.route.method} ${match.route.path}`).toBe(
        row.reaches,
      );
      if (row.pathParameters !== undefined)
        expect(match?.pathParameters).toEqual(row.pathParameters);
    },
  );
});

describe('examplePath', () => {
  it.each([
    ['/items/{id}', '/items/123'],
    ['/{proxy+}', '/some/path'],
    ['/users/{userId}/orders/{orderId}', '/users/123/orders/123'],
    ['/throw', '/throw'],
  ])('%s → %s', (template, example) => {
    expect(examplePath(template)).toBe(example);
  });
});
