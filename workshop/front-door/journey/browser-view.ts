import { corsCheckFailure } from 'api-gateway-answer/engine';

/** An HTTP message as the page shows it: header names lower-case, in the order sent. */
export interface Message {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

/**
 * What a browser on `origin` does with an answer: lets the page read part of it, blocks it
 * (with the reason in the words Chromium and Firefox print in the console), or, for a
 * preflight, sends the request it asked about.
 */
export type BrowserVerdict =
  | { kind: 'read'; message: Message; hidden: string[] }
  | { kind: 'blocked'; chromium: string; firefox: string }
  | { kind: 'preflight passed'; sends: string };

/** The request as a browser sent it, or would have. */
export interface BrowserRequest {
  method: string;
  url: string;
  origin: string;
  preflight: boolean;
  /** For a preflight: the method and headers it asks about. */
  requestMethod?: string;
  requestHeaders?: string[];
}

/** The response headers any page may read, exposed or not (the Fetch standard's safelisted names). */
const SAFELISTED_RESPONSE_HEADERS = [
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
];

/** The methods a page sends without the preflight's Access-Control-Allow-Methods ever being read. */
const SAFELISTED_METHODS = ['GET', 'HEAD', 'POST'];

/**
 * The browser's CORS check of `answer`, by the Fetch standard, as Chromium and Firefox apply
 * it to a request without credentials (the page's `fetch`). Whether the answer itself is
 * blocked is the model's rule (corsCheckFailure); the words are the browsers'.
 */
export function browserVerdict(request: BrowserRequest, answer: Message): BrowserVerdict {
  const header = (name: string) => answer.headers.find(([each]) => each === name)?.[1];
  const allowOrigin = originProblem(header('access-control-allow-origin'), request.origin);
  if (request.preflight) {
    const prefix = "Response to preflight request doesn't pass access control check: ";
    if (allowOrigin !== undefined)
      return blocked(request, `${prefix}${allowOrigin.chromium}`, allowOrigin.firefox);
    if (answer.status < 200 || answer.status > 299)
      return blocked(
        request,
        `${prefix}It does not have HTTP ok status.`,
        'CORS preflight response did not succeed',
      );
    const method = request.requestMethod ?? 'POST';
    const methods = listOf(header('access-control-allow-methods'));
    if (!SAFELISTED_METHODS.includes(method) && !methods.includes(method) && !methods.includes('*'))
      return blocked(
        request,
        `Method ${method} is not allowed by Access-Control-Allow-Methods in preflight response.`,
        "Did not find method in CORS header 'Access-Control-Allow-Methods'",
      );
    const allowed = listOf(header('access-control-allow-headers')).map((name) =>
      name.toLowerCase(),
    );
    const refused = (request.requestHeaders ?? []).find(
      (name) => !allowed.includes(name) && (!allowed.includes('*') || name === 'authorization'),
    );
    if (refused !== undefined)
      return blocked(
        request,
        `Request header field ${refused} is not allowed by Access-Control-Allow-Headers in preflight response.`,
        `missing token '${refused}' in CORS header 'Access-Control-Allow-Headers' from CORS preflight channel`,
      );
    return { kind: 'preflight passed', sends: method };
  }
  const modelSays = corsCheckFailure(Object.fromEntries(answer.headers), request.origin);
  if (modelSays !== undefined || allowOrigin !== undefined)
    return blocked(
      request,
      allowOrigin?.chromium ?? `${modelSays}.`,
      allowOrigin?.firefox ?? `${modelSays}`,
    );
  const exposed = listOf(header('access-control-expose-headers')).map((name) => name.toLowerCase());
  const readable = (name: string) =>
    name !== 'set-cookie' &&
    (SAFELISTED_RESPONSE_HEADERS.includes(name) || exposed.includes(name) || exposed.includes('*'));
  return {
    kind: 'read',
    message: { ...answer, headers: answer.headers.filter(([name]) => readable(name)) },
    hidden: answer.headers.map(([name]) => name).filter((name) => !readable(name)),
  };
}

/** Why Access-Control-Allow-Origin does not let `origin` read, in each browser's words; undefined when it does. */
function originProblem(
  value: string | undefined,
  origin: string,
): { chromium: string; firefox: string } | undefined {
  if (value === undefined)
    return {
      chromium: "No 'Access-Control-Allow-Origin' header is present on the requested resource.",
      firefox: "CORS header 'Access-Control-Allow-Origin' missing",
    };
  // The model joins repeated headers with ", ": two values are two headers, or one with a list.
  if (value.includes(','))
    return {
      chromium: `The 'Access-Control-Allow-Origin' header contains multiple values '${value}', but only one is allowed.`,
      firefox: "Multiple CORS header 'Access-Control-Allow-Origin' not allowed",
    };
  if (value !== '*' && value !== origin)
    return {
      chromium: `The 'Access-Control-Allow-Origin' header has a value '${value}' that is not equal to the supplied origin.`,
      firefox: `CORS header 'Access-Control-Allow-Origin' does not match '${value}'`,
    };
  return undefined;
}

function blocked(request: BrowserRequest, reason: string, firefox: string): BrowserVerdict {
  return {
    kind: 'blocked',
    chromium: `Access to fetch at '${request.url}' from origin '${request.origin}' has been blocked by CORS policy: ${reason}`,
    firefox: `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at ${request.url}. (Reason: ${firefox}).`,
  };
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((each) => each.trim())
    .filter((each) => each !== '');
}
