import type { Answered, FunctionRun } from 'api-gateway-answer/local-api';
import { whyWords } from 'api-gateway-answer/local-api';
import { type BrowserVerdict, browserVerdict, type Message } from './browser-view';

/** The most of a body the page shows: a function that returns megabytes gets the start. */
export const SHOWN_BODY = 4 * 1024;

/** What the function did, as the first panel shows it. */
export type FunctionPanel =
  | { kind: 'not run' }
  | { kind: 'response'; message: Message }
  | { kind: 'value'; json: string }
  | { kind: 'threw'; error: string; stack: string[] }
  | { kind: 'running' };

/** What API Gateway sent, and the rule behind it, in the console line's words. */
export interface GatewayPanel {
  message: Message;
  /** The console line's why: "the function threw Error: \"boom\" (documented) — …". */
  why: string;
  /** The evidence level of the rule that changed the answer, when one did. */
  level?: string;
  /** The whole console line. */
  line: string;
}

/** What a browser let the page read, or would have (`computedFor` a request no browser sent). */
export interface BrowserPanel {
  /** The origin of the page that reads. */
  origin: string;
  /** Set when no browser sent the request: what one on `origin` would have read of this answer. */
  computed?: string;
  verdict: BrowserVerdict;
}

/** One request's journey: function → API Gateway → browser. */
export interface Journey {
  id: number;
  /** When it was answered, ISO 8601. */
  at: string;
  /** Its button on the page, "from curl", or who else sent it. */
  label: string;
  /** The page's ticket for the click that sent it, when one did. */
  ticket?: string;
  door: Answered['door'];
  method: string;
  url: string;
  preflight: boolean;
  function: FunctionPanel;
  gateway: GatewayPanel;
  browser: BrowserPanel;
}

/** Who sent a request, as far as its headers tell. */
export interface Sender {
  label: string;
  ticket?: string;
}

/**
 * The journey of an answered request. `pageOrigin` is the origin a browser is assumed on for
 * a request that came from no browser (curl): what it would have read of this very answer.
 */
export function journeyOf(
  answered: Answered,
  id: number,
  sender: Sender,
  pageOrigin: string,
): Journey {
  const { request, answer } = answered;
  const header = (name: string) =>
    request.headers.find(([each]) => each.toLowerCase() === name)?.[1];
  const host = header('host') ?? 'localhost';
  const url = `http://${host}${request.path}${request.rawQuery ? `?${request.rawQuery}` : ''}`;
  const preflight =
    request.method === 'OPTIONS' && header('access-control-request-method') !== undefined;
  const origin = header('origin');
  const gateway: Message = {
    status: answer.statusCode,
    headers: Object.entries(answer.headers),
    body: shown(answer.body.toString('utf8')),
  };
  const browserOrigin = origin ?? pageOrigin;
  return {
    id,
    at: new Date().toISOString(),
    ...sender,
    door: answered.door,
    method: request.method,
    url,
    preflight,
    function: functionPanel(answered.runs),
    gateway: {
      message: gateway,
      why: whyWords(answer),
      ...(answer.level === undefined ? {} : { level: answer.level }),
      line: answered.line,
    },
    browser: {
      origin: browserOrigin,
      ...(isBrowser(request.headers)
        ? {}
        : {
            computed:
              origin === undefined
                ? `No browser sent this request, and it has no Origin. What a browser on ${browserOrigin} would have been allowed to read of this answer, by the model's CORS rules (a browser sends an Origin, which may change what API Gateway answers: add -H 'Origin: ${browserOrigin}' to see).`
                : `No browser sent this request. What a browser on ${browserOrigin} (its Origin) would have been allowed to read of this answer, by the model's CORS rules.`,
          }),
      verdict: browserVerdict(
        {
          method: request.method,
          url,
          origin: browserOrigin,
          preflight,
          requestMethod: header('access-control-request-method'),
          requestHeaders: (header('access-control-request-headers') ?? '')
            .split(',')
            .map((name) => name.trim().toLowerCase())
            .filter((name) => name !== ''),
        },
        gateway,
      ),
    },
  };
}

/**
 * Browsers send Sec-Fetch-Site with every request (Chromium 76+, Firefox 90+, Safari 16.4+);
 * curl does not, nor Node's fetch (which sends Sec-Fetch-Mode only).
 */
export function isBrowser(headers: Array<[string, string]>): boolean {
  return headers.some(([name]) => name.toLowerCase() === 'sec-fetch-site');
}

/** Who sent a request no page announced: curl, another program, or a browser elsewhere. */
export function senderOf(headers: Array<[string, string]>): string {
  const header = (name: string) => headers.find(([each]) => each.toLowerCase() === name)?.[1];
  if (isBrowser(headers))
    return `from a browser on ${header('origin') ?? 'no origin (same origin, or typed in)'}`;
  const agent = header('user-agent');
  if (agent === undefined) return 'from a client with no User-Agent (not a browser)';
  if (/^curl\//i.test(agent)) return 'from curl';
  return `from ${agent.split(' ')[0]} (not a browser)`;
}

/** The function's last run: the one whose outcome API Gateway used. */
function functionPanel(runs: FunctionRun[]): FunctionPanel {
  const run = runs.at(-1);
  if (run === undefined) return { kind: 'not run' };
  if (run.outcome === 'running') return { kind: 'running' };
  if (run.outcome === 'threw') {
    const error = run.error;
    if (error instanceof Error)
      return {
        kind: 'threw',
        error: `${error.name}: ${error.message}`,
        stack: (error.stack ?? '')
          .split('\n')
          .slice(1, 6)
          .map((frame) => frame.trim()),
      };
    return { kind: 'threw', error: `${typeof error}: ${safeJson(error)}`, stack: [] };
  }
  return responseOf(run.value) ?? { kind: 'value', json: shown(safeJson(run.value)) };
}

/** A proxy result ({ statusCode, headers, body }) as a message; undefined for any other value. */
function responseOf(value: unknown): FunctionPanel | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const result = value as Record<string, unknown>;
  if (typeof result.statusCode !== 'number') return undefined;
  const headers: Array<[string, string]> = [];
  if (typeof result.headers === 'object' && result.headers !== null)
    for (const [name, each] of Object.entries(result.headers))
      headers.push([name.toLowerCase(), String(each)]);
  if (typeof result.multiValueHeaders === 'object' && result.multiValueHeaders !== null)
    for (const [name, each] of Object.entries(result.multiValueHeaders))
      headers.push([name.toLowerCase(), Array.isArray(each) ? each.join(', ') : String(each)]);
  if (Array.isArray(result.cookies))
    for (const cookie of result.cookies) headers.push(['set-cookie', String(cookie)]);
  const body =
    result.body === undefined
      ? ''
      : typeof result.body === 'string'
        ? result.body
        : safeJson(result.body);
  return { kind: 'response', message: { status: result.statusCode, headers, body: shown(body) } };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch (error) {
    return `(cannot be written as JSON: ${(error as Error).message})`;
  }
}

function shown(text: string): string {
  if (text.length <= SHOWN_BODY) return text;
  return `${text.slice(0, SHOWN_BODY)}… (${text.length - SHOWN_BODY} more characters)`;
}
