import type { ProbeCase } from './cases';

export interface ProbeRequest {
  url: string;
  init: { method: 'POST'; headers: Record<string, string>; body: string };
}

/** The request that asks the probe at `baseUrl` (e.g. https://<api-id>.execute-api.<region>.amazonaws.com/record) for one case. */
export function probeRequest(probeCase: ProbeCase, baseUrl: string): ProbeRequest {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${probeCase.route}`);
  url.searchParams.set('case', probeCase.id);
  return {
    url: url.toString(),
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"probe": true}',
    },
  };
}
