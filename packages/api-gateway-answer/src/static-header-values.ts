/**
 * The headers that CloudFormation parameters (`<prefix><Name>` → `'value'`) send as static
 * values, by lower-case name: `gatewayresponse.header.` for a gateway response,
 * `method.response.header.` for an integration response. A mapping expression or another key
 * is left out: only a quoted value is sent as written.
 */
export function staticHeaderValues(
  parameters: Record<string, string>,
  prefix: 'gatewayresponse.header.' | 'method.response.header.',
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(parameters)) {
    if (!key.startsWith(prefix) || key.length === prefix.length) continue;
    const literal = /^'(.*)'$/.exec(value)?.[1];
    if (literal !== undefined) headers[key.slice(prefix.length).toLowerCase()] = literal;
  }
  return headers;
}
