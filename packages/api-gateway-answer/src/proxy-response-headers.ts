import { type Evidence, evidence } from './sources';

/**
 * Response headers a Lambda proxy cannot send under their own name: API Gateway sends each as
 * `x-amzn-Remapped-<name>` (Date and Server then carry API Gateway's own value). AWS's known
 * issues page for REST APIs lists them, per integration, in its Response column. Lower-case.
 */
export const REMAPPED_BY_PROXY: Record<string, Evidence> = {
  authorization: evidence.remapped,
  connection: evidence.remapped,
  'content-md5': evidence.remapped,
  'max-forwards': evidence.remapped,
  'user-agent': evidence.remapped,
  'www-authenticate': evidence.remapped,
  date: evidence.remappedOverwritten,
  server: evidence.remappedOverwritten,
};

/** Response headers a Lambda proxy cannot send at all: the same page drops them. */
export const DROPPED_BY_PROXY: Record<string, Evidence> = Object.fromEntries(
  [
    'expect',
    'host',
    'proxy-authenticate',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade',
    'via',
  ].map((name) => [name, evidence.droppedByProxy]),
);

/**
 * The name a header the function sets reaches the client under, lower-case; undefined when it
 * does not reach the client. Every other header, Content-Length included, passes through.
 */
export function proxyClientName(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower in DROPPED_BY_PROXY) return undefined;
  return lower in REMAPPED_BY_PROXY ? `x-amzn-remapped-${lower}` : lower;
}
