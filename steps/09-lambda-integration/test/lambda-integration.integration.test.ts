import path from 'node:path';
import { localApiFor } from '@workshop/front-door/local-api-for-tests';

// The local API takes the status from "[NNN]" in the error message and applies only the
// response's `template`: it ignores your selection patterns (docs/local-vs-aws.md). This
// shows the answer on the wire; the tests beside it judge the patterns as AWS applies them.
const api = localApiFor(path.resolve(__dirname, '..'));

describe('POST /throw-lambda on the local API, over real HTTP', () => {
  it('answers 400 with only the problem+json body, no stack trace', async () => {
    const response = await fetch(`${api().baseUrl}/throw-lambda`, {
      method: 'POST',
      body: '{"blah": "blah1"}',
      headers: { 'Content-Type': 'application/json' },
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(text).not.toMatch(/stackTrace|errorMessage/);
    expect(JSON.parse(text)).toMatchObject({
      title: 'Bad Request',
      status: 400,
      detail: 'This endpoint always answers 400 Bad Request.',
    });
  });
});
