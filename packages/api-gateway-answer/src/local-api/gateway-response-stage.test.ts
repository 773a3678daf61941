import { applyGatewayResponses, type IntegrationAnswer } from './gateway-response-stage';
import type { GatewayResponseSpec } from './service-routes';
import type { WireAnswer } from './wire-answer';

// Table-driven: which integration answers get the REST API's configured gateway response.

const ids = { requestId: 'req-1', extendedRequestId: 'ext-1' };
const wire = (statusCode: number): WireAnswer => ({
  statusCode,
  headers: {},
  body: Buffer.from(''),
  why: 'why',
});
const response = (type: string, origin: string): GatewayResponseSpec => ({
  type,
  parameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': `'${origin}'` },
  templates: {},
});
const configured = [
  response('DEFAULT_5XX', 'd5'),
  response('INTEGRATION_TIMEOUT', 'it'),
  response('API_CONFIGURATION_ERROR', 'ace'),
];

describe('the gateway-responses stage', () => {
  it.each<[string, IntegrationAnswer, string | undefined]>([
    [
      "the function's own 500 goes through untouched",
      { wire: wire(500), context: { door: 'REST API', ids, gatewayResponses: configured } },
      undefined,
    ],
    [
      "API Gateway's own 502, no specific type: DEFAULT_5XX",
      {
        wire: wire(502),
        gatewayError: { responseType: null },
        context: { door: 'REST API', ids, gatewayResponses: configured },
      },
      'd5',
    ],
    [
      'a 504 with INTEGRATION_TIMEOUT configured: that one',
      {
        wire: wire(504),
        gatewayError: { responseType: 'INTEGRATION_TIMEOUT' },
        context: { door: 'REST API', ids, gatewayResponses: configured },
      },
      'it',
    ],
    [
      "the Lambda integration's 500 with API_CONFIGURATION_ERROR configured: that one",
      {
        wire: wire(500),
        gatewayError: { responseType: 'API_CONFIGURATION_ERROR' },
        context: { door: 'REST API', ids, gatewayResponses: configured },
      },
      'ace',
    ],
    [
      'no gateway response configured: none',
      { wire: wire(502), gatewayError: { responseType: null }, context: { door: 'REST API', ids } },
      undefined,
    ],
    [
      'an HTTP API has no gateway responses',
      {
        wire: wire(502),
        gatewayError: { responseType: null },
        context: { door: 'HTTP API', ids, gatewayResponses: configured },
      },
      undefined,
    ],
  ])('%s', (_what, integration, origin) => {
    const answer = applyGatewayResponses(integration);
    expect(answer.headers['access-control-allow-origin']).toBe(origin);
    expect(answer.statusCode).toBe(integration.wire.statusCode);
  });
});
