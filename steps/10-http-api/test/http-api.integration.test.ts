import path from 'node:path';
import { localApiFor } from '@workshop/testing';

// An HTTP API has no stage in its paths: POST /throw, not /dev/throw.
const api = localApiFor(path.resolve(__dirname, '..'));
const throwUrl = () => new URL('/throw', api().baseUrl).href;

// The workshop's local API serves `httpApi` events as the HTTP API on AWS does: payload 2.0,
// a 200 inferred from an answer without statusCode, a 500 for a throw. (serverless-offline
// answers a throw with 502: docs/local-vs-aws.md.)
describe('POST /throw on the local HTTP API, over real HTTP', () => {
  it('answers 400 with the problem+json body, not an inferred 200', async () => {
    const response = await fetch(throwUrl(), {
      method: 'POST',
      body: '{"blah": "blah1"}',
      headers: { 'Content-Type': 'application/json' },
    });
    const text = await response.text();
    // Status and body together, so that a failure shows what came back instead.
    expect(`${response.status} ${text}`).toMatch(/^400 /);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.parse(text)).toMatchObject({
      title: 'Bad Request',
      status: 400,
      detail: 'This endpoint always answers 400 Bad Request.',
    });
  });
});
