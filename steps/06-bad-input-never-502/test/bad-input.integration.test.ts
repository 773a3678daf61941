import path from 'node:path';
import { localApiFor } from '@workshop/testing';

// The same fix, seen from a client of the local API: before it, this request was a 502.
const api = localApiFor(path.resolve(__dirname, '..'));

describe('POST /throw on the local API, over real HTTP', () => {
  it('answers a body that is not JSON with 400 and what was wrong, not 502', async () => {
    const response = await fetch(`${api().baseUrl}/throw`, {
      method: 'POST',
      body: 'not json',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'The request body is not valid JSON.' });
  });
});
