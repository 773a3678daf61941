import { performance } from 'node:perf_hooks';

/** One kind of request a real client mix sends, and the status the service must answer it with. */
export interface LoadRequestKind {
  name: string;
  path: string;
  /** An HTTP API route: serverless-offline serves it at the server's root, not under the stage. */
  stageless?: true;
  init: RequestInit;
  expected: number;
}

const json = { 'Content-Type': 'application/json' };

/** Valid, malformed and preflight requests to the solution's REST and HTTP API endpoints. */
export function mixedRequestKinds(origin: string): LoadRequestKind[] {
  return [
    {
      name: 'valid JSON',
      path: '/throw',
      init: { method: 'POST', body: '{"blah": "blah1"}', headers: json },
      expected: 400,
    },
    {
      name: 'not JSON',
      path: '/throw',
      init: { method: 'POST', body: 'not json', headers: json },
      expected: 400,
    },
    { name: 'no body', path: '/throw', init: { method: 'POST', headers: json }, expected: 400 },
    {
      name: 'text/plain',
      path: '/throw',
      init: { method: 'POST', body: 'hello', headers: { 'Content-Type': 'text/plain' } },
      expected: 415,
    },
    {
      name: 'preflight',
      path: '/throw',
      init: {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      },
      // 200 on AWS: the MOCK OPTIONS method the framework makes for `cors` (serverless-offline
      // answers 204 once the service configures provider.httpApi.cors: docs/local-vs-aws.md).
      expected: 200,
    },
    {
      name: 'HTTP API, valid JSON',
      path: '/v2/throw',
      stageless: true,
      init: { method: 'POST', body: '{"blah": "blah1"}', headers: json },
      expected: 400,
    },
    {
      name: 'HTTP API, not JSON',
      path: '/v2/throw',
      stageless: true,
      init: { method: 'POST', body: 'not json', headers: json },
      expected: 400,
    },
    {
      name: 'HTTP API, preflight',
      path: '/v2/throw',
      stageless: true,
      init: {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      },
      expected: 204,
    },
    {
      name: 'Lambda integration, valid JSON',
      path: '/throw-lambda',
      init: { method: 'POST', body: '{"blah": "blah1"}', headers: json },
      expected: 400,
    },
    {
      name: 'Lambda integration, not an object',
      path: '/throw-lambda',
      init: { method: 'POST', body: '[1, 2]', headers: json },
      expected: 400,
    },
  ];
}

export interface MixedLoadResult {
  sent: number;
  /** Answers whose status was not the expected one, e.g. "not JSON: 502". */
  unexpectedStatuses: string[];
  /** Error answers whose body is not a problem+json document with the same status. */
  unreadableBodies: string[];
  /** Milliseconds, one per request. */
  latencies: number[];
}

/**
 * Sends `total` requests, the kinds in turn, `concurrency` at a time, to a local API at
 * `baseUrl` (loopback only), and counts the answers that are not what the service promises.
 */
export async function runMixedLoad(
  baseUrl: string,
  kinds: LoadRequestKind[],
  total: number,
  concurrency = 8,
): Promise<MixedLoadResult> {
  const result: MixedLoadResult = {
    sent: 0,
    unexpectedStatuses: [],
    unreadableBodies: [],
    latencies: [],
  };
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const kind = kinds[next % kinds.length];
      next += 1;
      const start = performance.now();
      const url = kind.stageless ? new URL(kind.path, baseUrl).href : `${baseUrl}${kind.path}`;
      const response = await fetch(url, kind.init);
      const body = await response.text();
      result.latencies.push(performance.now() - start);
      result.sent += 1;
      if (response.status !== kind.expected)
        result.unexpectedStatuses.push(`${kind.name}: ${response.status}`);
      else if (kind.expected >= 400 && !isProblem(body, kind.expected))
        result.unreadableBodies.push(`${kind.name}: ${body.slice(0, 80)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

function isProblem(body: string, status: number): boolean {
  try {
    return (JSON.parse(body) as { status?: unknown }).status === status;
  } catch {
    return false;
  }
}
