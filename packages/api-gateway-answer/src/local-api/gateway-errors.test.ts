import { type Evidence, evidence, httpApiEvidence } from '../evidence';
import {
  type DoorKind,
  GATEWAY_ERRORS,
  type GatewayErrorKind,
  type GatewayErrorRule,
  gatewayError,
} from './gateway-errors';
import { type IncomingRequest, newRequestIds } from './request-events';
import { restAnswer } from './rest-answer';
import type { GatewayResponseSpec, ServiceRoutes } from './service-routes';
import { everyRoute } from './testing/every-route';
import { functionUrlAnswer, httpApiAnswer } from './v2-answer';
import type { WireAnswer } from './wire-answer';

const ids = { requestId: 'req-1', extendedRequestId: 'ext-1' };
const sourceEntries: Evidence[] = [...Object.values(evidence), ...Object.values(httpApiEvidence)];

const rules = Object.entries(GATEWAY_ERRORS).flatMap(([door, kinds]) =>
  Object.entries(kinds).map(
    ([kind, rule]) =>
      [door as DoorKind, kind as GatewayErrorKind, rule as GatewayErrorRule] as const,
  ),
);

describe('every answer a door makes itself', () => {
  it.each(rules)(
    '%s, %s: its status, body, type and evidence come from its rule',
    (door, kind, rule) => {
      const answer = gatewayError(
        kind,
        'why',
        { door, ids },
        kind === 'not modelled' ? 'X' : undefined,
      );
      expect(answer.statusCode).toBe(rule.statusCode);
      expect(answer.headers['content-type']).toBe(rule.contentType);
      if (kind !== 'not modelled') expect(answer.body.toString()).toBe(rule.body);
      expect(answer.level).toBe(rule.evidence?.level);
    },
  );

  it.each(rules.filter(([, kind]) => kind !== 'not modelled'))(
    '%s, %s: cites an entry of sources.ts, not a level of its own',
    (_door, _kind, rule) => {
      expect(sourceEntries).toContain(rule.evidence);
    },
  );

  it("'not modelled' is the local API's own 501: no evidence level, and it names what", () => {
    const answer = gatewayError('not modelled', 'why', { door: 'REST API', ids }, 'an authorizer');
    expect(answer).toMatchObject({
      statusCode: 501,
      level: undefined,
      notModelled: 'an authorizer',
    });
    expect(JSON.parse(answer.body.toString()).message).toMatch(/does not model an authorizer/);
  });

  it.each([
    ['REST API', { 'x-amzn-requestid': 'req-1', 'x-amz-apigw-id': 'ext-1' }],
    ['HTTP API', { 'apigw-requestid': 'req-1' }],
    ['Function URL', { 'x-amzn-requestid': 'req-1' }],
  ] as const)('carries the %s request ids', (door, expected) => {
    expect(gatewayError('request too large', 'why', { door, ids }).headers).toMatchObject(expected);
  });
});

const cors = (origin: string) => ({
  'gatewayresponse.header.Access-Control-Allow-Origin': `'${origin}'`,
});
const response = (type: string, origin: string, statusCode?: string): GatewayResponseSpec => ({
  type,
  ...(statusCode === undefined ? {} : { statusCode }),
  parameters: cors(origin),
  templates: {},
});

describe('the configured gateway responses, on a REST API', () => {
  it.each([
    // kind, configured, expected origin header (undefined: none), expected status
    ['no route', [response('DEFAULT_4XX', 'd4')], 'd4', 403],
    [
      'no route',
      [response('DEFAULT_4XX', 'd4'), response('MISSING_AUTHENTICATION_TOKEN', 'mat', '404')],
      'mat',
      404,
    ],
    ['integration timed out', [response('DEFAULT_5XX', 'd5')], 'd5', 504],
    [
      'integration timed out',
      [response('DEFAULT_5XX', 'd5'), response('INTEGRATION_TIMEOUT', 'it')],
      'it',
      504,
    ],
    ['integration timed out', [response('DEFAULT_4XX', 'd4')], undefined, 504],
    ['body not JSON', [response('DEFAULT_4XX', 'd4')], 'd4', 400],
    ['unsendable', [response('DEFAULT_5XX', 'd5')], 'd5', 502],
    // AWS: REQUEST_TOO_LARGE cannot be customised.
    ['request too large', [response('DEFAULT_4XX', 'd4')], undefined, 413],
    ['outside the stage', [response('DEFAULT_4XX', 'd4')], undefined, 403],
    ['not modelled', [response('DEFAULT_5XX', 'd5')], undefined, 501],
  ] as const)(
    '%s with %j: Access-Control-Allow-Origin %s, status %s',
    (kind, configured, origin, status) => {
      const answer = gatewayError(
        kind,
        'why',
        {
          door: 'REST API',
          ids,
          gatewayResponses: [...configured],
        },
        'X',
      );
      expect(answer.headers['access-control-allow-origin']).toBe(origin);
      expect(answer.statusCode).toBe(status);
    },
  );

  it('an HTTP API has no gateway responses: none applies', () => {
    const answer = gatewayError('no route', 'why', {
      door: 'HTTP API',
      ids,
      gatewayResponses: [response('DEFAULT_4XX', 'd4')],
    });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("a gateway response's body template is not rendered, and the line says so", () => {
    const answer = gatewayError('no route', 'why', {
      door: 'REST API',
      ids,
      gatewayResponses: [
        { type: 'DEFAULT_4XX', parameters: {}, templates: { 'application/json': '{"m":1}' } },
      ],
    });
    expect(answer.notModelled).toMatch(/DEFAULT_4XX gateway response's body template/);
    expect(answer.body.toString()).toBe('{"message":"Missing Authentication Token"}');
  });
});

// The doors answer through the stage: each answer's level is its source's.
const request = (method: string, path: string, body = ''): IncomingRequest => ({
  method,
  path,
  rawQuery: '',
  headers: [['Content-Type', 'application/json']],
  body: Buffer.from(body),
  sourceIp: '127.0.0.1',
});
const never = () => new Promise(() => {});
const withDefaults: ServiceRoutes = {
  ...everyRoute,
  rest: everyRoute.rest.map((route) =>
    route.path === '/throw-lambda' ? { ...route, integrationTimeout: 0.0005 } : route,
  ),
  gatewayResponses: [
    response('DEFAULT_4XX', 'https://page.example'),
    response('DEFAULT_5XX', 'https://page.example'),
  ],
};

describe('the doors answer through the gateway-error stage', () => {
  it.each<[string, () => Promise<WireAnswer>, number, Evidence]>([
    [
      'REST, no route',
      () => restAnswer(request('GET', '/dev/nowhere'), withDefaults, () => never, newRequestIds()),
      403,
      evidence.missingAuthenticationToken,
    ],
    [
      'REST, the Lambda integration with a body that is not JSON',
      () =>
        restAnswer(
          request('POST', '/dev/throw-lambda', 'not json'),
          withDefaults,
          () => never,
          newRequestIds(),
        ),
      400,
      evidence.requestBodyNotJson,
    ],
    [
      "REST, the Lambda integration's integration timeout",
      () =>
        restAnswer(
          request('POST', '/dev/throw-lambda', '{}'),
          withDefaults,
          () => never,
          newRequestIds(),
        ),
      504,
      evidence.integrationTimeout,
    ],
    [
      'HTTP API, no route',
      () =>
        httpApiAnswer(
          request('GET', '/nowhere'),
          withDefaults.httpApi as NonNullable<ServiceRoutes['httpApi']>,
          () => never,
          newRequestIds(),
        ),
      404,
      httpApiEvidence.notFound,
    ],
    [
      'Function URL, not signed',
      () =>
        functionUrlAnswer(
          request('GET', '/'),
          { ...everyRoute.functionUrls[0], authType: 'AWS_IAM' },
          never,
          newRequestIds(),
        ),
      403,
      httpApiEvidence.urlNotSigned,
    ],
  ])('%s: %s, with the level of its source', async (_what, answer, status, source) => {
    const wire = await answer();
    expect(wire.statusCode).toBe(status);
    expect(wire.level).toBe(source.level);
  });

  it("the Lambda integration's 504 gets the DEFAULT_5XX gateway response's CORS header, as step 8 teaches", async () => {
    const wire = await restAnswer(
      request('POST', '/dev/throw-lambda', '{}'),
      withDefaults,
      () => never,
      newRequestIds(),
    );
    expect(wire.statusCode).toBe(504);
    expect(wire.headers['access-control-allow-origin']).toBe('https://page.example');
  });
});
