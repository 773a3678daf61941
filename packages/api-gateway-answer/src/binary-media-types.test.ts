import type { APIGatewayProxyEvent } from 'aws-lambda';
import { postEvent, restEvents } from './events/rest-events';
import { INTERNAL_SERVER_ERROR_BODY } from './gateway-answer';
import { invokeThroughApiGateway } from './invoke-through-api-gateway';
import { mapProxyResult } from './map-proxy-result';
import { type Evidence, evidence } from './sources';

// Table-driven: when API Gateway (REST, Lambda proxy) sends an isBase64Encoded body as the
// bytes it encodes, and when as the base64 text; each row with its evidence (in its name).

const BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
const BASE64 = BYTES.toString('base64');
const binary = (headers: Record<string, string> = { 'Content-Type': 'image/png' }) => ({
  statusCode: 200,
  headers,
  body: BASE64,
  isBase64Encoded: true,
});
const accepting = (accept: string) => postEvent(null, { Accept: accept });

interface Rule {
  rule: string;
  evidence: Evidence;
  binaryMediaTypes?: string[];
  event: APIGatewayProxyEvent;
  result?: unknown;
  /** What the client receives: the bytes, the body as text, or API Gateway's 500. */
  sends: 'bytes' | 'text' | 500;
}

const rules: Rule[] = [
  {
    rule: 'an Accept that is one of the binary media types → the bytes',
    evidence: evidence.binaryAcceptMatches,
    binaryMediaTypes: ['image/png'],
    event: accepting('image/png'),
    sends: 'bytes',
  },
  {
    rule: 'no binary media types (the default) → the base64 text, whatever the Accept',
    evidence: evidence.base64WithoutBinaryTypes,
    event: accepting('image/png'),
    sends: 'text',
  },
  {
    rule: 'an Accept that is not one of them → the base64 text',
    evidence: evidence.binaryAcceptNoMatch,
    binaryMediaTypes: ['image/png'],
    event: accepting('image/jpg'),
    sends: 'text',
  },
  {
    rule: 'a wildcard Accept (image/*) does not match image/png → the base64 text',
    evidence: evidence.binaryAcceptNoMatch,
    binaryMediaTypes: ['image/png'],
    event: accepting('image/*'),
    sends: 'text',
  },
  {
    rule: 'no Accept header at all → the base64 text',
    evidence: evidence.binaryMatchDetails,
    binaryMediaTypes: ['image/png'],
    event: postEvent(null, {}),
    sends: 'text',
  },
  {
    rule: 'only the first media type of Accept counts: second → the base64 text',
    evidence: evidence.binaryFirstAccept,
    binaryMediaTypes: ['image/png'],
    event: accepting('image/webp,image/png,*/*;q=0.8'),
    sends: 'text',
  },
  {
    rule: 'only the first media type of Accept counts: first → the bytes',
    evidence: evidence.binaryFirstAccept,
    binaryMediaTypes: ['image/png'],
    event: accepting('image/png,image/*,*/*;q=0.8'),
    sends: 'bytes',
  },
  {
    rule: 'the first of several Accept headers counts',
    evidence: evidence.binaryMatchDetails,
    binaryMediaTypes: ['image/png'],
    event: {
      ...restEvents.jsonBody(),
      headers: { accept: 'text/html' },
      multiValueHeaders: { accept: ['image/png', 'text/html'] },
    },
    sends: 'bytes',
  },
  {
    rule: 'a configured application/* matches every application subtype → the bytes',
    evidence: evidence.binarySubtypeWildcard,
    binaryMediaTypes: ['application/*'],
    event: accepting('application/whatever'),
    sends: 'bytes',
  },
  {
    rule: 'a configured application/* does not match another type → the base64 text',
    evidence: evidence.binarySubtypeWildcard,
    binaryMediaTypes: ['application/*'],
    event: accepting('image/png'),
    sends: 'text',
  },
  {
    rule: 'a configured */test matches nothing, not even itself → the base64 text',
    evidence: evidence.binaryTypeWildcard,
    binaryMediaTypes: ['*/test'],
    event: accepting('*/test'),
    sends: 'text',
  },
  {
    rule: 'a configured */* matches every Accept → the bytes',
    evidence: evidence.binaryAllTypes,
    binaryMediaTypes: ['*/*'],
    event: accepting('text/html,image/png'),
    sends: 'bytes',
  },
  {
    rule: 'a configured */* matches a request with no Accept too → the bytes',
    evidence: evidence.binaryMatchDetails,
    binaryMediaTypes: ['*/*'],
    event: postEvent(null, {}),
    sends: 'bytes',
  },
  {
    rule: "the function's Content-Type plays no part → the bytes without one",
    evidence: evidence.binaryContentTypeIgnored,
    binaryMediaTypes: ['image/png'],
    event: accepting('image/png'),
    result: binary({}),
    sends: 'bytes',
  },
  {
    rule: "the function's Content-Type plays no part → text when only it matches",
    evidence: evidence.binaryContentTypeIgnored,
    binaryMediaTypes: ['image/png'],
    event: accepting('text/html'),
    sends: 'text',
  },
  {
    rule: 'isBase64Encoded false → the body as the text it is',
    evidence: evidence.binaryNotEncoded,
    binaryMediaTypes: ['image/png'],
    event: accepting('image/png'),
    result: { ...binary(), isBase64Encoded: false },
    sends: 'text',
  },
  {
    rule: 'a body that is not base64 → 500',
    evidence: evidence.binaryNotBase64,
    binaryMediaTypes: ['image/png'],
    event: accepting('image/png'),
    result: { ...binary(), body: 'èé+à)(' },
    sends: 500,
  },
  {
    rule: 'the parameters of the first Accept are left out → the bytes',
    evidence: evidence.binaryMatchDetails,
    binaryMediaTypes: ['image/png'],
    event: accepting('image/png;q=0.9, text/html'),
    sends: 'bytes',
  },
  {
    rule: 'media types compare as written: Image/PNG is not image/png → the base64 text',
    evidence: evidence.binaryMatchDetails,
    binaryMediaTypes: ['image/png'],
    event: accepting('Image/PNG'),
    sends: 'text',
  },
];

describe('binary media types: when API Gateway sends an isBase64Encoded body as bytes', () => {
  it.each(rules.map((r) => [r.evidence.level, r.rule, r] as const))(
    '[%s] %s',
    async (_, __, rule) => {
      const result = rule.result ?? binary();
      const answer = await invokeThroughApiGateway(async () => result, rule.event, undefined, {
        binaryMediaTypes: rule.binaryMediaTypes,
      });
      if (rule.sends === 500) {
        expect(answer).toMatchObject({ statusCode: 500, body: INTERNAL_SERVER_ERROR_BODY });
        expect(answer.problem).toMatch(/the body is not base64/);
        expect(answer.evidence).toBe(rule.evidence);
        expect(answer.bodyEncoding).toBeUndefined();
      } else {
        const sent = result as { body: string; headers: Record<string, string> };
        expect(answer.problem).toBeUndefined();
        expect(answer.statusCode).toBe(200);
        expect(answer.body).toBe(sent.body);
        expect(answer.bodyEncoding).toBe(rule.sends === 'bytes' ? 'base64' : undefined);
      }
      expect(rule.evidence.source.length).toBeGreaterThan(0);
    },
  );

  it('the body of a bytes answer is the base64 of exactly the bytes the function encoded', () => {
    const answer = mapProxyResult(binary(), accepting('image/png'), {
      binaryMediaTypes: ['image/png'],
    });
    expect(Buffer.from(answer.body, 'base64')).toEqual(BYTES);
    expect(answer.headers).toMatchObject({ 'content-type': 'image/png' });
  });

  it('a base64 body without its padding is the same bytes, padded', () => {
    const answer = mapProxyResult({ ...binary(), body: 'aGk' }, accepting('image/png'), {
      binaryMediaTypes: ['image/png'],
    });
    expect(answer).toMatchObject({ body: 'aGk=', bodyEncoding: 'base64' });
  });

  it('without options, mapProxyResult answers as before: the base64 text', () => {
    expect(mapProxyResult(binary(), accepting('image/png'))).toMatchObject({
      statusCode: 200,
      body: BASE64,
    });
    expect(mapProxyResult(binary(), accepting('image/png')).bodyEncoding).toBeUndefined();
  });
});
