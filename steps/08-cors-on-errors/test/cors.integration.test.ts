import path from 'node:path';
import { localApiFor } from '@workshop/front-door/local-api-for-tests';

const ALLOWED = 'http://localhost:5173';

// What a browser sees from the local API. serverless-offline adds CORS headers to every
// answer itself (docs/local-vs-aws.md), so these pass even without your withCors: they
// show the requests, the unit tests are what prove your function right for AWS.
const api = localApiFor(path.resolve(__dirname, '..'));

describe('a browser on the allowed origin, over real HTTP on the local API', () => {
  it('gets Access-Control-Allow-Origin on the preflight', async () => {
    const response = await fetch(`${api().baseUrl}/throw`, {
      method: 'OPTIONS',
      headers: {
        Origin: ALLOWED,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gets Access-Control-Allow-Origin on the 400', async () => {
    const response = await fetch(`${api().baseUrl}/throw`, {
      method: 'POST',
      body: '{"blah": "blah1"}',
      headers: { Origin: ALLOWED, 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });
});
