/**
 * Mistakes in serverless.yml that the step tests catch and the local API names at start, in the
 * same words: one message each, so that a learner reads one explanation wherever it shows.
 */

import type { CompiledService } from './local-api/template';

/** A mapping expression API Gateway accepts as a gateway response's header value. */
const MAPPING_EXPRESSION =
  /^(method\.request\.(header|querystring|path|multivalueheader|multivaluequerystring)\.|stageVariables\.|context\.)\S+$/;

/**
 * The message for a gateway response's header value that is neither a static value in single
 * quotes (`'http://localhost:5173'`) nor a mapping expression, or undefined when it is fine.
 * AWS refuses such a deploy: "Invalid mapping expression specified" (docs/08-cors-on-errors.md).
 * `written` is the value as serverless.yml writes it (`${self:custom.allowedOrigin}`), when
 * known: the fix wraps what the learner wrote, not what it resolved to.
 */
export function unquotedGatewayResponseValue(
  responseType: string,
  header: string,
  value: unknown,
  written?: unknown,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^'.*'$/s.test(value) || MAPPING_EXPRESSION.test(value)) return undefined;
  const yours = typeof written === 'string' && written !== value ? written : value;
  const as = yours === value ? '' : ` (you wrote ${yours})`;
  return `The ${responseType} gateway response sets ${header} to ${value}${as} without its inner quotes: API Gateway reads it as a mapping expression, and AWS refuses the deploy ("Invalid mapping expression specified"). Write a static value in single quotes inside the YAML string: "'${yours}'".`;
}

/** `cors` on an `httpApi` event, with no provider.httpApi.cors: the framework ignores it there. */
export function corsOnHttpApiEvent(): string {
  return 'cors sits on the httpApi event, where the framework does not read it: the HTTP API has no CORS configuration, so API Gateway answers no preflight and adds no CORS header. Move it to provider.httpApi.cors in serverless.yml.';
}

/** A gateway response header's value as serverless.yml writes it, when it is there. */
export function writtenResponseParameter(
  compiled: Pick<CompiledService, 'writtenResources'>,
  logicalId: string,
  name: string,
): unknown {
  const resource = compiled.writtenResources?.[logicalId] as
    | { Properties?: { ResponseParameters?: Record<string, unknown> } }
    | undefined;
  return resource?.Properties?.ResponseParameters?.[name];
}
