import type { APIGatewayProxyEvent } from 'aws-lambda';

/** What the REST API is configured with: `provider.apiGateway.binaryMediaTypes` in serverless.yml. */
export interface BinaryMediaOptions {
  /** The API's binary media types, e.g. `['image/png', 'application/*']`; none: every body is text. */
  binaryMediaTypes?: readonly string[];
}

type RequestHeaders = Partial<Pick<APIGatewayProxyEvent, 'headers' | 'multiValueHeaders'>>;

/**
 * Whether API Gateway sends an `isBase64Encoded` body as the bytes it encodes: only when the
 * request's first `Accept` media type matches one of the API's binary media types. The
 * function's Content-Type plays no part (recorded). A configured `image/*` matches every
 * `image` subtype (recorded); a star on the left matches nothing (recorded: `*\/test` matched
 * neither `random/test` nor itself), except `*\/*`, which AWS documents as "all content types".
 */
export function sendsBytes(
  event: RequestHeaders | null | undefined,
  binaryMediaTypes: readonly string[] | undefined,
): boolean {
  return isBinaryMediaType(firstAccept(event), binaryMediaTypes);
}

/**
 * Whether `mediaType` is one of the API's binary media types, by the rules above, its
 * parameters (`;q=0.9`) left out. Recorded for an Accept's first media range; that a request's
 * Content-Type is matched the same way (API Gateway then base64-encodes the request body) is
 * inferred.
 */
export function isBinaryMediaType(
  mediaType: string | undefined,
  binaryMediaTypes: readonly string[] | undefined,
): boolean {
  if (binaryMediaTypes === undefined || binaryMediaTypes.length === 0) return false;
  if (binaryMediaTypes.some((type) => withoutParameters(type) === '*/*')) return true;
  const [type, subtype] = withoutParameters(mediaType ?? '').split('/');
  if (!type || !subtype) return false;
  return binaryMediaTypes.some((configured) => {
    const [binaryType, binarySubtype] = withoutParameters(configured).split('/');
    if (binaryType === '*' || binaryType !== type) return false;
    return binarySubtype === '*' || binarySubtype === subtype;
  });
}

/** The first media range of the first Accept header: only that one is read (recorded and documented). */
function firstAccept(event: RequestHeaders | null | undefined): string | undefined {
  const multi = findHeader(event?.multiValueHeaders, 'accept');
  const value = Array.isArray(multi) ? multi[0] : findHeader(event?.headers, 'accept');
  if (typeof value !== 'string') return undefined;
  return value.split(',')[0];
}

/** `image/png; q=0.9` → `image/png`: compared as written, case included (as LocalStack does; not recorded). */
function withoutParameters(value: string): string {
  return (value.split(';')[0] ?? '').trim();
}

function findHeader<T>(headers: Record<string, T> | null | undefined, name: string): T | undefined {
  if (headers === null || headers === undefined) return undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** The alphabet of standard base64 (RFC 4648, section 4), padding at the end only. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The base64 of the bytes the client receives, or undefined when `body` is not base64 (API
 * Gateway then answers 500, recorded). Re-encoding makes equal bytes compare equal.
 */
export function decodedBody(body: string): string | undefined {
  if (!BASE64.test(body)) return undefined;
  return Buffer.from(body, 'base64').toString('base64');
}
