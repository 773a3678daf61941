/** One request the README sends to the deployed service with curl. */
export interface ReadmeRequest {
  /** The route, as the service's serverless.yml names it. */
  path: '/throw' | '/throw-lambda';
  integration: 'proxy' | 'lambda';
  /** The curl line of README.md this request repeats. */
  curl: string;
  headers: Record<string, string>;
  body: string;
}

// curl's `--data` without `-H` sends Content-Type: application/x-www-form-urlencoded: the
// requests below send exactly what the README's curl lines send.
const CURL_DEFAULT = { 'Content-Type': 'application/x-www-form-urlencoded' };

export const readmeRequests: ReadmeRequest[] = [
  {
    path: '/throw',
    integration: 'proxy',
    curl: `curl -i -X POST …/throw --data '{"blah": "blah1"}'`,
    headers: CURL_DEFAULT,
    body: '{"blah": "blah1"}',
  },
  {
    path: '/throw',
    integration: 'proxy',
    curl: `curl -i -X POST …/throw --data 'not json'`,
    headers: CURL_DEFAULT,
    body: 'not json',
  },
  {
    path: '/throw',
    integration: 'proxy',
    curl: `curl -i -X POST …/throw -H 'Content-Type: text/plain' --data 'hello'`,
    headers: { 'Content-Type': 'text/plain' },
    body: 'hello',
  },
  {
    path: '/throw-lambda',
    integration: 'lambda',
    curl: `curl -i -X POST …/throw-lambda -H 'Content-Type: application/json' --data '{"blah": "blah1"}'`,
    headers: { 'Content-Type': 'application/json' },
    body: '{"blah": "blah1"}',
  },
];
