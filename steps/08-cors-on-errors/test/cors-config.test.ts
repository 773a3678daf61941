import path from 'node:path';
import {
  compileTemplate,
  loadOnce,
  resolvedConfig,
  resourcesOfType,
  unquotedGatewayResponseValue,
  writtenResponseParameter,
} from '@workshop/testing';

const stepFolder = path.resolve(__dirname, '..');
const ALLOWED = 'http://localhost:5173';
/** Another front end's origin, given as ALLOWED_ORIGIN. */
const ELSEWHERE = 'https://shop.example';

// The CloudFormation only, compiled by the framework from serverless.yml (no bundle, no zip):
// a save that changes only src/ reuses the template compiled from the same serverless.yml.
const loaded = loadOnce(async () => ({
  config: await resolvedConfig(stepFolder, { ALLOWED_ORIGIN: undefined }),
  service: await compileTemplate(stepFolder),
  moved: await resolvedConfig(stepFolder, { ALLOWED_ORIGIN: ELSEWHERE }),
}));

/** The origins an http event's cors lets the preflight allow: `true` is every origin. */
function preflightOrigins(cors: unknown): unknown[] {
  if (cors === true) return ['*'];
  if (typeof cors !== 'object' || cors === null) return [];
  const { origin, origins } = cors as { origin?: unknown; origins?: unknown };
  return [origin, ...(Array.isArray(origins) ? origins : [origins])].filter(
    (value) => value !== undefined,
  );
}

describe('serverless.yml and the CloudFormation it makes', () => {
  it('gives the function the allowed origin as ALLOWED_ORIGINS', () => {
    expect(loaded().config.provider?.environment?.ALLOWED_ORIGINS).toBe(ALLOWED);
  });

  it('lets the OPTIONS preflight allow that origin only, not *', () => {
    const options = resourcesOfType(loaded().service, 'AWS::ApiGateway::Method').find(
      (method) => method.Properties.HttpMethod === 'OPTIONS',
    );
    const responses =
      (
        options?.Properties.Integration as
          | { IntegrationResponses?: Array<{ ResponseParameters?: Record<string, string> }> }
          | undefined
      )?.IntegrationResponses ?? [];
    expect(
      responses[0]?.ResponseParameters?.['method.response.header.Access-Control-Allow-Origin'],
    ).toBe(`'${ALLOWED}'`);
  });

  it.each(['DEFAULT_4XX', 'DEFAULT_5XX'])(
    "makes API Gateway's own %s answers carry Access-Control-Allow-Origin",
    (type) => {
      const response = resourcesOfType(loaded().service, 'AWS::ApiGateway::GatewayResponse').find(
        (resource) => resource.Properties.ResponseType === type,
      );
      expect(
        response
          ? 'declared'
          : `resources declares no AWS::ApiGateway::GatewayResponse with ResponseType ${type}, so API Gateway's own ${type} answers carry no Access-Control-Allow-Origin`,
      ).toBe('declared');
      const name = 'gatewayresponse.header.Access-Control-Allow-Origin';
      const id = Object.entries(loaded().service.resources).find(
        ([, resource]) => resource === response,
      )?.[0];
      const refused = unquotedGatewayResponseValue(
        type,
        'Access-Control-Allow-Origin',
        (response?.Properties.ResponseParameters as Record<string, unknown> | undefined)?.[name],
        writtenResponseParameter(loaded().service, id ?? '', name),
      );
      if (refused !== undefined) throw new Error(refused);
      expect(response?.Properties).toMatchObject({
        RestApiId: { Ref: 'ApiGatewayRestApi' },
        ResponseParameters: {
          'gatewayresponse.header.Access-Control-Allow-Origin': `'${ALLOWED}'`,
        },
      });
    },
  );

  // One origin, in three places: a browser on another front end needs all three to move.
  it("follows ALLOWED_ORIGIN everywhere at once: with https://shop.example, the preflight, API Gateway's own answers and the function allow it", () => {
    const { moved } = loaded();
    const stale: string[] = [];
    for (const [name, fn] of Object.entries(moved.functions ?? {})) {
      const events = (fn.events ?? []).flatMap((event) =>
        typeof event.http === 'object' && event.http !== null
          ? [event.http as { cors?: unknown }]
          : [],
      );
      if (events.length === 0) continue;
      const env = { ...moved.provider?.environment, ...fn.environment };
      if (env.ALLOWED_ORIGINS !== ELSEWHERE)
        stale.push(
          `the function's ALLOWED_ORIGINS (${name}) is ${JSON.stringify(env.ALLOWED_ORIGINS)}`,
        );
      for (const { cors } of events) {
        const origins = preflightOrigins(cors);
        if (origins.length !== 1 || origins[0] !== ELSEWHERE)
          stale.push(`the preflight (cors on the http event) allows ${JSON.stringify(origins)}`);
      }
    }
    const resources = Object.values(
      (moved.resources?.Resources ?? {}) as Record<
        string,
        { Type?: string; Properties?: Record<string, unknown> }
      >,
    );
    for (const type of ['DEFAULT_4XX', 'DEFAULT_5XX']) {
      const response = resources.find(
        (resource) =>
          resource.Type === 'AWS::ApiGateway::GatewayResponse' &&
          resource.Properties?.ResponseType === type,
      );
      const header = (response?.Properties?.ResponseParameters as Record<string, unknown>)?.[
        'gatewayresponse.header.Access-Control-Allow-Origin'
      ];
      if (header !== `'${ELSEWHERE}'`)
        stale.push(`the ${type} gateway response allows ${JSON.stringify(header)}`);
    }
    if (stale.length > 0)
      throw new Error(
        `With ALLOWED_ORIGIN=${ELSEWHERE}, ${stale.join('; ')}: not ${ELSEWHERE}. An origin written out stays behind when the allowed origin moves, and the browser on ${ELSEWHERE} reads a CORS error wherever it is. Write \${self:custom.allowedOrigin} in each of the three places.`,
      );
  });
});
