import { restEvents } from './events/rest-events';
import { explainAnswer, INTERNAL_SERVER_ERROR_BODY } from './gateway-answer';
import {
  type AnyProxyHandler,
  invokeThroughApiGateway,
  MAX_RESPONSE_PAYLOAD_BYTES,
} from './invoke-through-api-gateway';
import { type Evidence, evidence, isFirm } from './sources';

const event = restEvents.jsonBody();
const gatewayIds = {
  'x-amzn-requestid': event.requestContext.requestId,
  'x-amz-apigw-id': event.requestContext.extendedRequestId as string,
};
const returning =
  (result: unknown): AnyProxyHandler =>
  async () =>
    result;
const ok = {
  statusCode: 400,
  headers: { 'Content-Type': 'application/json' },
  body: '{"message":"Bad Request"}',
  isBase64Encoded: false,
};

interface Rule {
  rule: string;
  /** How sure we are, and where it comes from: shown in the test's name. */
  evidence: Evidence;
  handler: AnyProxyHandler;
  /** A 502 with API Gateway's own body, and a reason that matches this. */
  rejectedBecause?: RegExp;
  /** Or: what the client receives. */
  delivered?: { statusCode: number; headers?: Record<string, string>; body?: string };
  absentHeaders?: string[];
}

const rules: Rule[] = [
  // Throws and rejections.
  {
    rule: 'a handler that throws → 502',
    evidence: evidence.functionError,
    handler: () => {
      throw new Error('boom');
    },
    rejectedBecause: /threw Error: "boom"/,
  },
  {
    rule: 'a rejected promise → 502',
    evidence: evidence.functionError,
    handler: async () => Promise.reject(new TypeError('nope')),
    rejectedBecause: /threw TypeError: "nope"/,
  },
  {
    rule: 'a thrown Error("[400] …") is still 502 in proxy mode',
    evidence: evidence.statusInMessage,
    handler: async () => {
      throw new Error('[400] Bad Request');
    },
    rejectedBecause: /threw Error: "\[400\] Bad Request".*whatever its message/,
  },
  {
    rule: 'a thrown non-Error value → 502',
    evidence: evidence.functionError,
    handler: async () => {
      throw 'plain string';
    },
    rejectedBecause: /threw the string "plain string"/,
  },

  // What Lambda does to the result before API Gateway sees it.
  {
    rule: 'a result Lambda cannot serialise (circular) → 502',
    evidence: evidence.unserialisable,
    handler: async () => {
      const r: Record<string, unknown> = { ...ok };
      r.self = r;
      return r;
    },
    rejectedBecause: /could not serialise/,
  },
  {
    rule: 'a response over 6 MB → 502',
    evidence: evidence.payloadTooLarge,
    handler: returning({ statusCode: 200, body: 'x'.repeat(MAX_RESPONSE_PAYLOAD_BYTES) }),
    rejectedBecause: /bytes; Lambda refuses/,
  },
  {
    rule: 'keys whose value is undefined vanish in JSON (body: undefined → empty body)',
    evidence: evidence.noBody,
    handler: returning({ statusCode: 204, body: undefined }),
    delivered: { statusCode: 204, body: '' },
  },

  // The shape of the result.
  {
    rule: 'a bare string → 502',
    evidence: evidence.bareString,
    handler: returning('Bad Request'),
    rejectedBecause: /returned the string "Bad Request"/,
  },
  {
    rule: 'undefined (no return) → 502',
    evidence: evidence.notAnObject,
    handler: async () => undefined,
    rejectedBecause: /returned null, not an object/,
  },
  {
    rule: 'an array → 502',
    evidence: evidence.notAnObject,
    handler: returning([400]),
    rejectedBecause: /returned an array/,
  },
  {
    rule: 'statusCode missing → 200',
    evidence: evidence.statusMissing,
    handler: returning({ headers: { 'test-header': 'value' } }),
    delivered: { statusCode: 200, headers: { 'test-header': 'value' }, body: '' },
  },
  {
    rule: 'a result of {} → 200, empty body',
    evidence: evidence.emptyObject,
    handler: returning({}),
    delivered: { statusCode: 200, body: '' },
  },
  {
    rule: "statusCode as a string of digits ('400') is that status",
    evidence: evidence.statusNumericString,
    handler: returning({ statusCode: '400', body: 'x' }),
    delivered: { statusCode: 400, body: 'x' },
  },
  {
    rule: "statusCode as a string that is not a number ('test') → 502",
    evidence: evidence.statusNotNumeric,
    handler: returning({ statusCode: 'test' }),
    rejectedBecause: /statusCode must be a whole number .*got the string "test"/,
  },
  {
    rule: 'statusCode not a whole number → 502',
    evidence: evidence.statusOddValue,
    handler: returning({ statusCode: 400.5, body: 'x' }),
    rejectedBecause: /statusCode must be a whole number .*got the number 400.5/,
  },
  {
    rule: 'an object body → 502',
    evidence: evidence.objectBody,
    handler: returning({ statusCode: 400, body: { message: 'Bad Request' } }),
    rejectedBecause: /body must be a string, got object/,
  },
  {
    rule: 'a number body → 502',
    evidence: evidence.otherBody,
    handler: returning({ statusCode: 400, body: 400 }),
    rejectedBecause: /body must be a string, got the number 400/,
  },
  {
    rule: 'an unknown top-level key (wrongValue) → 502',
    evidence: evidence.unknownKey,
    handler: returning({ statusCode: 200, wrongValue: 'value' }),
    rejectedBecause: /unknown top-level key "wrongValue"/,
  },
  {
    rule: 'an unknown top-level key (statusDescription) → 502',
    evidence: evidence.unknownKey,
    handler: returning({ ...ok, statusDescription: '400 Bad Request' }),
    rejectedBecause: /unknown top-level key "statusDescription"/,
  },
  {
    rule: 'an unknown top-level key (cookies, a payload 2.0 field) → 502',
    evidence: evidence.cookiesKey,
    handler: returning({ ...ok, cookies: ['a=b'] }),
    rejectedBecause: /unknown top-level key "cookies"/,
  },
  {
    rule: 'isBase64Encoded not a boolean → 502',
    evidence: evidence.isBase64NotBoolean,
    handler: returning({ ...ok, isBase64Encoded: 'false' }),
    rejectedBecause: /isBase64Encoded must be a boolean/,
  },
  {
    rule: 'headers not an object → 502',
    evidence: evidence.headersNotObject,
    handler: returning({ ...ok, headers: ['Content-Type: application/json'] }),
    rejectedBecause: /headers must be an object, got an array/,
  },
  {
    rule: 'a non-scalar header value → 502',
    evidence: evidence.headerValueNotScalar,
    handler: returning({ ...ok, headers: { 'Set-Cookie': ['a=1', 'b=2'] } }),
    rejectedBecause: /headers\["Set-Cookie"\] must be a string, got an array/,
  },
  {
    rule: 'a multi-value header that is not an array → 502',
    evidence: evidence.multiValueNotArray,
    handler: returning({ ...ok, multiValueHeaders: { 'Set-Cookie': 'a=1' } }),
    rejectedBecause: /multiValueHeaders\["Set-Cookie"\] must be an array/,
  },
  {
    rule: 'a multi-value header holding an object → 502',
    evidence: evidence.multiValueItemNotScalar,
    handler: returning({ ...ok, multiValueHeaders: { 'X-A': [{}] } }),
    rejectedBecause: /multiValueHeaders\["X-A"\] must hold strings, got object/,
  },

  // A well-formed result and what API Gateway does with it.
  {
    rule: "a well-formed result is delivered as is, plus API Gateway's request ids",
    evidence: evidence.delivered,
    handler: returning(ok),
    delivered: {
      statusCode: 400,
      headers: { 'content-type': 'application/json', ...gatewayIds },
      body: ok.body,
    },
  },
  {
    rule: 'statusCode alone is enough (headers, body, isBase64Encoded optional)',
    evidence: evidence.noBody,
    handler: returning({ statusCode: 302, headers: { Location: '/elsewhere' } }),
    delivered: { statusCode: 302, headers: { location: '/elsewhere' }, body: '' },
  },
  {
    rule: 'no Content-Type from the function → application/json, even with no body',
    evidence: evidence.defaultContentType,
    handler: returning({ statusCode: 200 }),
    delivered: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '' },
  },
  {
    rule: 'a Content-Type from the function is kept',
    evidence: evidence.delivered,
    handler: returning({ statusCode: 200, headers: { 'Content-Type': 'text/plain' }, body: 'hi' }),
    delivered: { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'hi' },
  },
  {
    rule: 'null headers, body and isBase64Encoded are accepted as absent',
    evidence: evidence.headersNull,
    handler: returning({
      statusCode: 204,
      headers: null,
      multiValueHeaders: null,
      body: null,
      isBase64Encoded: null,
    }),
    delivered: { statusCode: 204, body: '' },
  },
  {
    rule: 'boolean header values are sent as text',
    evidence: evidence.booleanHeader,
    handler: returning({ statusCode: 200, headers: { 'X-Flag': true } }),
    delivered: { statusCode: 200, headers: { 'x-flag': 'true' } },
  },
  {
    rule: 'number header values are sent as text',
    evidence: evidence.numberHeader,
    handler: returning({ statusCode: 429, headers: { 'Retry-After': 30 } }),
    delivered: { statusCode: 429, headers: { 'retry-after': '30' } },
  },
  {
    rule: 'multiValueHeaders are sent joined with ", "',
    evidence: evidence.multiValue,
    handler: returning({
      statusCode: 200,
      multiValueHeaders: { 'test-multi': ['value1', 'value2'] },
    }),
    delivered: { statusCode: 200, headers: { 'test-multi': 'value1, value2' } },
  },
  {
    rule: 'the same name in headers and multiValueHeaders (any case) sends both, multi-value first',
    evidence: evidence.duplicateHeaders,
    handler: returning({
      statusCode: 200,
      headers: { 'test-multi': 'value-solo', 'X-B': 'b' },
      multiValueHeaders: { 'tesT-Multi': ['value-multi'] },
    }),
    delivered: {
      statusCode: 200,
      headers: { 'test-multi': 'value-multi, value-solo', 'x-b': 'b' },
    },
  },
  {
    rule: 'Authorization, Connection, Content-MD5, Max-Forwards, User-Agent and WWW-Authenticate come back as x-amzn-Remapped-*',
    evidence: evidence.remapped,
    handler: returning({
      statusCode: 401,
      headers: {
        Authorization: 'x',
        Connection: 'close',
        'Content-MD5': 'md5',
        'Max-Forwards': '3',
        'User-Agent': 'me',
        'WWW-Authenticate': 'Bearer',
      },
    }),
    delivered: {
      statusCode: 401,
      headers: {
        'x-amzn-remapped-authorization': 'x',
        'x-amzn-remapped-connection': 'close',
        'x-amzn-remapped-content-md5': 'md5',
        'x-amzn-remapped-max-forwards': '3',
        'x-amzn-remapped-user-agent': 'me',
        'x-amzn-remapped-www-authenticate': 'Bearer',
      },
    },
    absentHeaders: [
      'authorization',
      'connection',
      'content-md5',
      'max-forwards',
      'user-agent',
      'www-authenticate',
    ],
  },
  {
    rule: "Date and Server come back as x-amzn-Remapped-*, API Gateway's own under the name",
    evidence: evidence.remappedOverwritten,
    handler: returning({ statusCode: 200, headers: { Date: 'Mon', Server: 'me' } }),
    delivered: {
      statusCode: 200,
      headers: { 'x-amzn-remapped-date': 'Mon', 'x-amzn-remapped-server': 'me' },
    },
    absentHeaders: ['date', 'server'],
  },
  {
    rule: 'Expect, Host, Proxy-Authenticate, TE, Trailer, Transfer-Encoding, Upgrade and Via are dropped',
    evidence: evidence.droppedByProxy,
    handler: returning({
      statusCode: 200,
      headers: {
        Expect: '100-continue',
        Host: 'h',
        'Proxy-Authenticate': 'Basic',
        TE: 'trailers',
        Trailer: 'X',
        'Transfer-Encoding': 'chunked',
        Upgrade: 'h2c',
        Via: '1.1 me',
      },
    }),
    delivered: { statusCode: 200, headers: {} },
    absentHeaders: [
      'expect',
      'host',
      'proxy-authenticate',
      'te',
      'trailer',
      'transfer-encoding',
      'upgrade',
      'via',
      'x-amzn-remapped-host',
      'x-amzn-remapped-via',
    ],
  },
  {
    rule: 'Content-Length is passed through',
    evidence: evidence.contentLengthPassed,
    handler: returning({ statusCode: 200, headers: { 'Content-Length': '2' }, body: 'hi' }),
    delivered: { statusCode: 200, headers: { 'content-length': '2' }, body: 'hi' },
    absentHeaders: ['x-amzn-remapped-content-length'],
  },
  {
    rule: 'isBase64Encoded: true with no binary media types → the client gets the base64 text',
    evidence: evidence.base64WithoutBinaryTypes,
    handler: returning({ statusCode: 200, body: 'aGk=', isBase64Encoded: true }),
    delivered: { statusCode: 200, body: 'aGk=' },
  },
  {
    rule: 'no CORS header is added: only the ones the function sets reach the client',
    evidence: evidence.noCors,
    handler: returning(ok),
    delivered: { statusCode: 400 },
    absentHeaders: ['access-control-allow-origin', 'access-control-allow-credentials'],
  },
  {
    rule: "the function's CORS headers reach the client on an error too",
    evidence: evidence.noCors,
    handler: returning({ ...ok, headers: { ...ok.headers, 'Access-Control-Allow-Origin': '*' } }),
    delivered: { statusCode: 400, headers: { 'access-control-allow-origin': '*' } },
  },
];

describe('what API Gateway (REST, Lambda-proxy) sends the client', () => {
  it.each(rules.map((r) => [r.evidence.level, r.rule, r] as const))(
    '[%s] %s',
    async (_, __, rule) => {
      const answer = await invokeThroughApiGateway(rule.handler, event);

      if (rule.rejectedBecause) {
        expect(answer.statusCode).toBe(502);
        expect(answer.body).toBe(INTERNAL_SERVER_ERROR_BODY);
        // The error type is reported (public captures), not documented: evidence.errorTypeHeader.
        expect(answer.headers).toEqual({
          'content-type': 'application/json',
          'x-amzn-errortype': 'InternalServerErrorException',
          ...gatewayIds,
        });
        expect(answer.problem).toMatch(rule.rejectedBecause);
        expect(answer.evidence).toBe(rule.evidence);
        // A rule we are not sure of keeps what the client would get if AWS accepted the result.
        expect(answer.ifAccepted === undefined).toBe(isFirm(rule.evidence));
      }
      if (rule.delivered) {
        expect(answer.problem).toBeUndefined();
        expect(answer.statusCode).toBe(rule.delivered.statusCode);
        if (rule.delivered.headers) expect(answer.headers).toMatchObject(rule.delivered.headers);
        if (rule.delivered.body !== undefined) expect(answer.body).toBe(rule.delivered.body);
        expect(answer.headers).toMatchObject(gatewayIds);
      }
      for (const name of rule.absentHeaders ?? []) expect(answer.headers).not.toHaveProperty(name);
      expect(rule.evidence.source.length).toBeGreaterThan(0);
    },
  );

  it('each rule is either a rejection or a delivery, never both or neither', () => {
    for (const rule of rules)
      expect(Number(Boolean(rule.rejectedBecause)) + Number(Boolean(rule.delivered))).toBe(1);
  });

  it('adds no request-id headers when the event has no requestContext (a hand-made test event)', async () => {
    const answer = await invokeThroughApiGateway(returning(ok), {
      ...event,
      requestContext: undefined as never,
    });
    expect(answer.headers).toEqual({ 'content-type': 'application/json' });
  });

  it('a recorded rule carries its recording: repository, test, case and date', () => {
    expect(evidence.statusMissing.source).toBe(
      'localstack/localstack tests/aws/services/apigateway/test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation, case "invoke-api-only-headers", recorded 2024-11-15T17:48:06 (answers in tests/aws/services/apigateway/test_apigateway_lambda.snapshot.json)',
    );
  });
});

describe('explainAnswer: the sentence a learner reads when a check fails', () => {
  it('says what AWS would answer and why', async () => {
    const answer = await invokeThroughApiGateway(returning({ statusCode: 'test' }), event);
    expect(explainAnswer(answer)).toBe(
      'API Gateway would answer 502 {"message": "Internal server error"}: statusCode must be a whole number (or a string of digits), got the string "test" (Malformed Lambda proxy response).',
    );
  });

  it('says the response is delivered when it is', async () => {
    expect(explainAnswer(await invokeThroughApiGateway(returning(ok), event))).toBe(
      "API Gateway would answer 400 with the function's response.",
    );
  });
});
