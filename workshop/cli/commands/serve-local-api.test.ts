import { banner } from './serve-local-api';

describe("serve's banner", () => {
  const printed = banner([
    {
      method: 'GET',
      url: 'http://localhost:3000/dev/items/123',
      door: 'REST API',
      path: '/items/{id}',
    },
    {
      method: 'DELETE',
      url: 'http://localhost:3000/dev/items/123',
      door: 'REST API',
      path: '/items/{id}',
    },
    {
      method: 'ANY',
      url: 'http://localhost:3000/dev/some/path',
      door: 'REST API',
      path: '/{proxy+}',
    },
  ]);

  it('lists each route with the URL to call and, for one with parameters, its path', () => {
    expect(printed).toContain(
      '  GET    http://localhost:3000/dev/items/123  (REST API: /items/{id})\n',
    );
  });

  it('gives every route a curl line with example values, never the braces', () => {
    expect(printed).toContain('  curl -i http://localhost:3000/dev/items/123\n');
    expect(printed).toContain('  curl -i -X DELETE http://localhost:3000/dev/items/123\n');
    expect(printed).toContain(
      `  curl -i -X POST http://localhost:3000/dev/some/path -H 'Content-Type: application/json' --data '{"blah": "blah1"}'\n`,
    );
    expect(printed.split('Try it:')[1]).not.toMatch(/\{\w+\+?\}/);
  });
});
