import path from 'node:path';
import { localApiFor } from '@workshop/testing';

// The answer on the wire, from the workshop's local API: it applies your selection patterns,
// headers and templates as API Gateway on AWS would. (serverless-offline takes the status
// from "[NNN]" in the message and ignores your patterns: docs/local-vs-aws.md.)
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
