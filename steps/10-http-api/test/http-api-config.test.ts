import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { compileTemplate, loadOnce, resolvedConfig, resourcesOfType } from '@workshop/testing';

const stepFolder = path.resolve(__dirname, '..');
const ALLOWED = 'http://localhost:5173';
/** Another front end's origin, given as ALLOWED_ORIGIN. */
const ELSEWHERE = 'https://shop.example';

// The CloudFormation only, compiled by the framework from serverless.yml (no bundle, no zip):
// a save that changes only src/ reuses the template compiled from the same serverless.yml.
// Nothing goes to AWS.
const packaged = loadOnce(() => compileTemplate(stepFolder));
const moved = loadOnce(() => resolvedConfig(stepFolder, { ALLOWED_ORIGIN: ELSEWHERE }));

const properties = (type: string) =>
  resourcesOfType(packaged(), type).map((resource) => resource.Properties);
interface CorsConfiguration {
  AllowOrigins?: string[];
  ExposeHeaders?: string[];
  AllowHeaders?: string[];
}
/** The HTTP API's CORS configuration; a failure that says where it comes from when there is none. */
function corsConfiguration(): CorsConfiguration {
  const cors = properties('AWS::ApiGatewayV2::Api')[0]?.CorsConfiguration;
  if (cors === undefined)
    throw new Error(
      'The HTTP API has no CORS configuration, so API Gateway answers no preflight and adds no CORS header: set provider.httpApi.cors in serverless.yml (the framework reads cors there, not on the httpApi event).',
    );
  return cors as CorsConfiguration;
}

describe('serverless.yml and the CloudFormation it makes', () => {
  it('routes POST /throw of an HTTP API to the function', () => {
    expect(properties('AWS::ApiGatewayV2::Route').map((route) => route.RouteKey)).toContain(
      'POST /throw',
    );
  });

  it('calls the function with payload format 2.0', () => {
    const integrations = properties('AWS::ApiGatewayV2::Integration');
    expect(integrations.length).toBeGreaterThan(0);
    for (const { PayloadFormatVersion } of integrations)
      expect(
        PayloadFormatVersion === '2.0'
          ? '2.0'
          : `payload format ${String(PayloadFormatVersion)}: the function gets the REST API's event and must answer in its format; leave out provider.httpApi.payload for 2.0`,
      ).toBe('2.0');
  });

  it('lets API Gateway answer the preflight for the allowed origin only, not *', () => {
    expect(corsConfiguration().AllowOrigins).toEqual([ALLOWED]);
  });

  it('lets the browser send Content-Type, which a JSON POST needs', () => {
    const allowed = corsConfiguration().AllowHeaders ?? [];
    expect(
      allowed.some((name) => name.toLowerCase() === 'content-type')
        ? 'Content-Type allowed'
        : `allowedHeaders is [${allowed.join(', ')}], without Content-Type: once you list allowedHeaders, the framework adds none of its own, and a JSON POST's preflight fails. Add Content-Type, or leave allowedHeaders out`,
    ).toBe('Content-Type allowed');
  });

  it('lets a page read the X-Request-Id header of every answer', () => {
    const exposed = corsConfiguration().ExposeHeaders ?? [];
    expect(
      exposed.some((name) => name.toLowerCase() === 'x-request-id')
        ? 'X-Request-Id exposed'
        : `exposedResponseHeaders is [${exposed.join(', ')}], without X-Request-Id: a page may read only the response headers listed there (allowedHeaders are the request headers it may send)`,
    ).toBe('X-Request-Id exposed');
  });

  it('follows ALLOWED_ORIGIN: with https://shop.example, the preflight allows that origin only', () => {
    const cors = moved().provider?.httpApi?.cors;
    const origins =
      typeof cors === 'object' && cors !== null
        ? (cors as { allowedOrigins?: unknown }).allowedOrigins
        : cors;
    if (!isDeepStrictEqual(origins, [ELSEWHERE]))
      throw new Error(
        `With ALLOWED_ORIGIN=${ELSEWHERE}, provider.httpApi.cors allows ${JSON.stringify(origins)}, not ${ELSEWHERE}: an origin written out stays behind when the allowed origin moves, and the browser on ${ELSEWHERE} reads a CORS error. Write \${self:custom.allowedOrigin} in allowedOrigins.`,
      );
  });
});
