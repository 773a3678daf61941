import path from 'node:path';
import { localApiFor } from '@workshop/testing';

const ALLOWED = 'http://localhost:5173';

// What a browser sees from the workshop's local API, which answers as AWS would: the
// preflight comes from API Gateway (your serverless.yml), every other answer's CORS headers
// from your function alone. (serverless-offline adds them to every answer itself, so there
// these would pass without your withCors: docs/local-vs-aws.md.)
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

describe('a browser on another origin, over real HTTP on the local API', () => {
  it('gets no Access-Control-Allow-Origin on the 400, so it cannot read the answer', async () => {
    const response = await fetch(`${api().baseUrl}/throw`, {
      method: 'POST',
      body: '{"blah": "blah1"}',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
