import type { IntegrationResponse } from 'api-gateway-answer';
import type { ClientAnswer, ProbeRun, Recording } from 'api-gateway-answer/evidence';
import type { ProbeCase } from './cases';

/** An HTTP answer as the client read it. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: string;
}

/** API Gateway's own ids: their values change on every call, so a recording only notes that they came. */
const GATEWAY_IDS = ['x-amzn-requestid', 'x-amz-apigw-id'];

/**
 * The headers the model is responsible for: Content-Type, every header the function set (or
 * the integration response declares), and the ones API Gateway remapped. The others (Date,
 * CloudFront's via and x-cache, the local server's cache-control…) are the network's.
 */
export function clientAnswer(probeCase: ProbeCase, answer: HttpAnswer): ClientAnswer {
  const headers: Record<string, string> = {};
  const absentHeaders: string[] = [];
  const record = (name: string) => {
    const value = answer.headers.get(name);
    if (value === null) absentHeaders.push(name);
    else headers[name] = value;
  };
  record('content-type');
  for (const name of functionHeaderNames(probeCase)) {
    if (REMAPPED.has(name)) continue;
    if (!(name in headers) && !absentHeaders.includes(name)) record(name);
  }
  answer.headers.forEach((value, name) => {
    if (name.startsWith('x-amzn-remapped-')) headers[name] = value;
  });
  const presentHeaders = GATEWAY_IDS.filter((name) => answer.headers.has(name));
  return {
    statusCode: answer.status,
    headers,
    ...(absentHeaders.length > 0 ? { absentHeaders } : {}),
    ...(presentHeaders.length > 0 ? { presentHeaders } : {}),
    body: jsonOrText(answer.body),
  };
}

/** Headers API Gateway may send under x-amzn-Remapped-<name>, with a value of its own under the name itself. */
const REMAPPED = new Set([
  'date',
  'server',
  'content-length',
  'www-authenticate',
  'connection',
  'authorization',
]);

/** Lower-case names of the headers the function's result or the route's integration responses set. */
function functionHeaderNames(probeCase: ProbeCase): string[] {
  const names = new Set<string>();
  if (probeCase.integration === 'lambda') {
    for (const response of probeCase.responses) {
      for (const key of Object.keys(response.ResponseParameters ?? {})) {
        const name = /^method\.response\.header\.(.+)$/.exec(key)?.[1];
        if (name) names.add(name.toLowerCase());
      }
    }
  } else if ('result' in probeCase.lambda) {
    const result = probeCase.lambda.result as {
      headers?: unknown;
      multiValueHeaders?: unknown;
    } | null;
    for (const group of [result?.headers, result?.multiValueHeaders]) {
      if (typeof group === 'object' && group !== null)
        for (const name of Object.keys(group)) names.add(name.toLowerCase());
    }
  }
  return [...names];
}

/** A JSON body is compared as JSON (API Gateway may space it differently), anything else as text. */
function jsonOrText(body: string): ClientAnswer['body'] {
  if (body.trim() === '') return { text: body };
  try {
    return { json: JSON.parse(body) };
  } catch {
    return { text: body };
  }
}

/**
 * The recording of one case: what the function did, what the client received, and the run.
 * `deployedResponses`: the integration responses actually deployed for a Lambda-integration
 * route, when known (they are what API Gateway applied).
 */
export function toRecording(
  probeCase: ProbeCase,
  answer: HttpAnswer,
  run: ProbeRun,
  deployedResponses?: IntegrationResponse[],
): Recording {
  const provenance = { probe: run, case: probeCase.id };
  const client = clientAnswer(probeCase, answer);
  if (probeCase.integration === 'lambda') {
    return {
      integration: 'lambda',
      name: probeCase.name,
      responses: deployedResponses ?? probeCase.responses,
      lambda: probeCase.lambda,
      client,
      provenance,
    };
  }
  return {
    integration: 'proxy',
    name: probeCase.name,
    lambda: probeCase.lambda,
    client,
    provenance,
  };
}
