import { restEvents } from '../fixtures/rest-events';
import { explainAnswer, INTERNAL_SERVER_ERROR_BODY } from './gateway-answer';
import { invokeThroughApiGateway, MAX_RESPONSE_PAYLOAD_BYTES, type AnyProxyHandler } from './invoke-through-api-gateway';
import { sources } from './sources';

const event = restEvents.jsonBody();
const gatewayIds = { 'x-amzn-requestid': event.requestContext.requestId, 'x-amz-apigw-id': event.requestContext.extendedRequestId as string };
const returning = (result: unknown): AnyProxyHandler => async () => result;
const ok = { statusCode: 400, headers: { 'Content-Type': 'application/json' }, body: '{"message":"Bad Request"}', isBase64Encoded: false };

interface Rule {
  rule: string;
  source: string;
  handler: AnyProxyHandler;
  /** A 502 with API Gateway's own body, and a reason that matches this. */
  rejectedBecause?: RegExp;
  /** Or: what the client receives. */
  delivered?: { statusCode: number; headers?: Record<string, string>; body?: string };
  absentHeaders?: string[];
}

const rules: Rule[] = [
  // Throws and rejections.
  { rule: 'a handler that throws → 502', source: sources.handlerErrors, handler: () => { throw new Error('boom'); }, rejectedBecause: /threw Error: "boom"/ },
  { rule: 'a rejected promise → 502', source: sources.handlerErrors, handler: async () => Promise.reject(new TypeError('nope')), rejectedBecause: /threw TypeError: "nope"/ },
  { rule: 'a thrown Error("[400] …") is still 502 in proxy mode', source: sources.statusInMessageThread, handler: async () => { throw new Error('[400] Bad Request'); }, rejectedBecause: /threw Error: "\[400\] Bad Request".*whatever its message/ },
  { rule: 'a thrown non-Error value → 502', source: sources.handlerErrors, handler: async () => { throw 'plain string'; }, rejectedBecause: /threw the string "plain string"/ },

  // What Lambda does to the result before API Gateway sees it.
  { rule: 'a result Lambda cannot serialise (circular) → 502', source: sources.nodejsHandler, handler: async () => { const r: Record<string, unknown> = { ...ok }; r.self = r; return r; }, rejectedBecause: /could not serialise/ },
  { rule: 'a response over 6 MB → 502', source: sources.lambdaQuotas, handler: returning({ statusCode: 200, body: 'x'.repeat(MAX_RESPONSE_PAYLOAD_BYTES) }), rejectedBecause: /bytes; Lambda refuses/ },
  { rule: 'keys whose value is undefined vanish in JSON (body: undefined → empty body)', source: sources.nodejsHandler, handler: returning({ statusCode: 204, body: undefined }), delivered: { statusCode: 204, body: '' } },

  // The shape of the result.
  { rule: 'undefined (no return) → 502', source: sources.malformed502, handler: async () => undefined, rejectedBecause: /returned null, not an object/ },
  { rule: 'a bare string → 502', source: sources.malformed502, handler: returning('Bad Request'), rejectedBecause: /returned the string "Bad Request"/ },
  { rule: 'an array → 502', source: sources.malformed502, handler: returning([400]), rejectedBecause: /returned an array/ },
  { rule: 'statusCode missing → 502', source: sources.malformed502, handler: returning({ body: 'x' }), rejectedBecause: /statusCode is missing/ },
  { rule: 'statusCode not a number → 502', source: sources.proxyOutputFormat, handler: returning({ statusCode: '400', body: 'x' }), rejectedBecause: /statusCode must be an integer, got the string "400"/ },
  { rule: 'statusCode not an integer → 502', source: sources.proxyOutputFormat, handler: returning({ statusCode: 400.5, body: 'x' }), rejectedBecause: /statusCode must be an integer, got the number 400.5/ },
  { rule: 'an object body → 502', source: sources.objectBodyThread, handler: returning({ statusCode: 400, body: { message: 'Bad Request' } }), rejectedBecause: /body must be a string, got object/ },
  { rule: 'a number body → 502', source: sources.malformed502, handler: returning({ statusCode: 400, body: 400 }), rejectedBecause: /body must be a string, got the number 400/ },
  { rule: 'an unknown top-level key (statusDescription) → 502', source: sources.malformed502, handler: returning({ ...ok, statusDescription: '400 Bad Request' }), rejectedBecause: /unknown top-level key "statusDescription"/ },
  { rule: 'an unknown top-level key (cookies, a payload 2.0 field) → 502', source: sources.proxyOutputFormat, handler: returning({ ...ok, cookies: ['a=b'] }), rejectedBecause: /unknown top-level key "cookies"/ },
  { rule: 'isBase64Encoded not a boolean → 502', source: sources.malformed502, handler: returning({ ...ok, isBase64Encoded: 'false' }), rejectedBecause: /isBase64Encoded must be a boolean/ },
  { rule: 'headers not an object → 502', source: sources.malformed502, handler: returning({ ...ok, headers: ['Content-Type: application/json'] }), rejectedBecause: /headers must be an object, got an array/ },
  { rule: 'a non-scalar header value → 502', source: sources.malformed502, handler: returning({ ...ok, headers: { 'Set-Cookie': ['a=1', 'b=2'] } }), rejectedBecause: /headers\["Set-Cookie"\] must be a string, got an array/ },
  { rule: 'a multi-value header that is not an array → 502', source: sources.proxyOutputFormat, handler: returning({ ...ok, multiValueHeaders: { 'Set-Cookie': 'a=1' } }), rejectedBecause: /multiValueHeaders\["Set-Cookie"\] must be an array/ },
  { rule: 'a multi-value header holding an object → 502', source: sources.proxyOutputFormat, handler: returning({ ...ok, multiValueHeaders: { 'X-A': [{}] } }), rejectedBecause: /multiValueHeaders\["X-A"\] must hold strings, got object/ },

  // A well-formed result and what API Gateway does with it.
  { rule: 'a well-formed result is delivered as is, plus API Gateway\'s request ids', source: sources.proxyOutputFormat, handler: returning(ok), delivered: { statusCode: 400, headers: { 'content-type': 'application/json', ...gatewayIds }, body: ok.body } },
  { rule: 'statusCode alone is enough (headers, body, isBase64Encoded optional)', source: sources.proxyOutputFormat, handler: returning({ statusCode: 302, headers: { Location: '/elsewhere' } }), delivered: { statusCode: 302, headers: { location: '/elsewhere' }, body: '' } },
  { rule: 'null headers, body and isBase64Encoded are accepted as absent', source: sources.proxyOutputFormat, handler: returning({ statusCode: 204, headers: null, multiValueHeaders: null, body: null, isBase64Encoded: null }), delivered: { statusCode: 204, body: '' } },
  { rule: 'number and boolean header values are sent as text', source: sources.proxyOutputFormat, handler: returning({ statusCode: 429, headers: { 'Retry-After': 30, 'X-Flag': true } }), delivered: { statusCode: 429, headers: { 'retry-after': '30', 'x-flag': 'true' } } },
  { rule: 'headers and multiValueHeaders are merged; the multi-value entry wins', source: sources.proxyOutputFormat, handler: returning({ statusCode: 200, headers: { 'X-A': 'single', 'X-B': 'b' }, multiValueHeaders: { 'x-a': ['one', 'two'] } }), delivered: { statusCode: 200, headers: { 'x-a': 'one, two', 'x-b': 'b' } } },
  { rule: 'Date, Server, Content-Length, Authorization and WWW-Authenticate come back as x-amzn-Remapped-*', source: sources.importantNotes, handler: returning({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer', Date: 'Mon', Server: 'me', Authorization: 'x' } }), delivered: { statusCode: 401, headers: { 'x-amzn-remapped-www-authenticate': 'Bearer', 'x-amzn-remapped-date': 'Mon', 'x-amzn-remapped-server': 'me', 'x-amzn-remapped-authorization': 'x' } }, absentHeaders: ['www-authenticate', 'date', 'server', 'authorization'] },
  { rule: 'isBase64Encoded: true with no binary media types → the client gets the base64 text', source: sources.binaryMedia, handler: returning({ statusCode: 200, body: 'aGk=', isBase64Encoded: true }), delivered: { statusCode: 200, body: 'aGk=' } },
  { rule: 'no CORS header is added: only the ones the function sets reach the client', source: sources.cors, handler: returning(ok), delivered: { statusCode: 400 }, absentHeaders: ['access-control-allow-origin', 'access-control-allow-credentials'] },
  { rule: 'the function\'s CORS headers reach the client on an error too', source: sources.cors, handler: returning({ ...ok, headers: { ...ok.headers, 'Access-Control-Allow-Origin': '*' } }), delivered: { statusCode: 400, headers: { 'access-control-allow-origin': '*' } } },
];

describe('what API Gateway (REST, Lambda-proxy) sends the client', () => {
  it.each(rules.map((r) => [r.rule, r] as const))('%s', async (_, rule) => {
    const answer = await invokeThroughApiGateway(rule.handler, event);

    if (rule.rejectedBecause) {
      expect(answer.statusCode).toBe(502);
      expect(answer.body).toBe(INTERNAL_SERVER_ERROR_BODY);
      expect(answer.headers).toEqual({ 'content-type': 'application/json', ...gatewayIds });
      expect(answer.problem).toMatch(rule.rejectedBecause);
    }
    if (rule.delivered) {
      expect(answer.problem).toBeUndefined();
      expect(answer.statusCode).toBe(rule.delivered.statusCode);
      if (rule.delivered.headers) expect(answer.headers).toMatchObject(rule.delivered.headers);
      if (rule.delivered.body !== undefined) expect(answer.body).toBe(rule.delivered.body);
      expect(answer.headers).toMatchObject(gatewayIds);
    }
    for (const name of rule.absentHeaders ?? []) expect(answer.headers).not.toHaveProperty(name);
    expect(rule.source).toMatch(/^https:\/\//);
  });

  it('each rule is either a rejection or a delivery, never both or neither', () => {
    for (const rule of rules) expect(Number(Boolean(rule.rejectedBecause)) + Number(Boolean(rule.delivered))).toBe(1);
  });

  it('adds no request-id headers when the event has no requestContext (a hand-made test event)', async () => {
    const answer = await invokeThroughApiGateway(returning(ok), { ...event, requestContext: undefined as never });
    expect(answer.headers).toEqual({ 'content-type': 'application/json' });
  });
});

describe('explainAnswer: the sentence a learner reads when a check fails', () => {
  it('says what AWS would answer and why', async () => {
    const answer = await invokeThroughApiGateway(returning({ statusCode: 400, body: {} }), event);
    expect(explainAnswer(answer)).toBe(
      'API Gateway would answer 502 {"message": "Internal server error"}: body must be a string, got object — use JSON.stringify (Malformed Lambda proxy response).',
    );
  });

  it('says the response is delivered when it is', async () => {
    expect(explainAnswer(await invokeThroughApiGateway(returning(ok), event))).toBe("API Gateway would answer 400 with the function's response.");
  });
});
