import path from 'node:path';
import { localApiFor } from '@workshop/front-door/local-api-for-tests';

// An HTTP API has no stage in its paths: POST /throw, not /dev/throw.
const api = localApiFor(path.resolve(__dirname, '..'));
const throwUrl = () => new URL('/throw', api().baseUrl).href;

// serverless-offline serves `httpApi` events with payload 2.0, and infers a 200 from an
// answer without statusCode as AWS does. It answers a throw with 502, where AWS answers 500
// (docs/local-vs-aws.md): the checks beside this one judge your function by AWS's rules.
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
