import { routesIn } from './serve-folder';

// serverless-offline 13's banner for the solution (measured), its box lines wrapped as printed.
const banner = `
│   POST | http://localhost:3000/v2/throw                                      │
│   POST | http://localhost:3000/2015-03-31/functions/throw_error_v2/invocations │
│   POST | http://localhost:3000/dev/throw                                     │
│   POST |                                                                     │
│   http://localhost:3000/2015-03-31/functions/throw_error/invocations         │
│   POST | http://localhost:3000/dev/throw-lambda                              │
`;

describe('npm run serve lists the routes', () => {
  it('REST routes (under the stage) first, then HTTP API routes (at the root), never the SDK invocation endpoints', () => {
    expect(routesIn(banner, 'http://localhost:3000/dev')).toEqual([
      { method: 'POST', url: 'http://localhost:3000/dev/throw' },
      { method: 'POST', url: 'http://localhost:3000/dev/throw-lambda' },
      { method: 'POST', url: 'http://localhost:3000/v2/throw' },
    ]);
  });

  it('falls back to POST /throw when the banner lists none', () => {
    expect(routesIn('', 'http://localhost:3000/dev')).toEqual([
      { method: 'POST', url: 'http://localhost:3000/dev/throw' },
    ]);
  });
});
