import { type Evidence, evidence } from './sources';

/**
 * Response headers a non-proxy integration's method response cannot send under their own
 * name (recorded, LocalStack's TestApiGatewayHeaderRemapping, December 2024): API Gateway
 * sends each as `x-amzn-Remapped-<name>`, keeping the name itself for a value of its own
 * (Connection, Content-Length, Date) or for none. Lower-case names.
 */
export const REMAPPED_BY_NON_PROXY: Record<string, Evidence> = Object.fromEntries(
  [
    'authorization',
    'connection',
    'content-length',
    'content-md5',
    'date',
    'expect',
    'host',
    'max-forwards',
    'proxy-authenticate',
    'server',
    'trailer',
    'upgrade',
    'user-agent',
    'www-authenticate',
  ].map((name) => [name, evidence.remappedNonProxy]),
);

/** Response headers a non-proxy integration's method response cannot send at all (recorded). */
export const DROPPED_BY_NON_PROXY: Record<string, Evidence> = {
  'transfer-encoding': evidence.droppedNonProxy,
};

/**
 * The name a header the method response maps reaches the client under, lower-case; undefined
 * when it does not reach the client. Every other header is sent as mapped (recorded for
 * Accept, Content-Type, Warn and the rest of the recording's list).
 */
export function nonProxyClientName(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower in DROPPED_BY_NON_PROXY) return undefined;
  return lower in REMAPPED_BY_NON_PROXY ? `x-amzn-remapped-${lower}` : lower;
}
