import { routesIn } from './serve-folder';

// serverless-offline 13's banner, as printed for steps 9 and 10 (the long lines wrap in its box).
const restBanner = `Offline [http for lambda] listening on http://localhost:37635
│   POST | http://localhost:3000/dev/throw                                    │
│   POST |                                                                     │
│   http://localhost:3000/2015-03-31/functions/throw_error/invocations        │
│   POST | http://localhost:3000/dev/throw-lambda                             │
│   POST | http://localhost:3000/2015-03-31/functions/throw_error_lambda/in   │
│   vocations                                                                  │
Server ready: http://localhost:3000 🚀`;
const httpApiBanner = `│   POST | http://localhost:3000/throw                                        │
│   POST | http://localhost:3000/2015-03-31/functions/throw_error_http_api/   │
│   invocations                                                                │
Server ready: http://localhost:3000 🚀`;

describe('the routes serve prints a try line for', () => {
  it("are a REST API's, with the stage, without the AWS SDK's invocation endpoints", () => {
    expect(routesIn(restBanner, 'http://localhost:3000/dev')).toEqual([
      { method: 'POST', url: 'http://localhost:3000/dev/throw' },
      { method: 'POST', url: 'http://localhost:3000/dev/throw-lambda' },
    ]);
  });

  it("are an HTTP API's, whose paths have no stage", () => {
    expect(routesIn(httpApiBanner, 'http://localhost:3000/dev')).toEqual([
      { method: 'POST', url: 'http://localhost:3000/throw' },
    ]);
  });

  it('are POST /throw when the banner lists none', () => {
    expect(routesIn('', 'http://localhost:3000/dev')).toEqual([
      { method: 'POST', url: 'http://localhost:3000/dev/throw' },
    ]);
  });
});
