import { evidence } from '../evidence';
import { type IncomingRequest, newRequestIds, restProxyEvent } from './request-events';

// The request side of binary media types follows the model's rules (binary-media-types.ts),
// where the front door once had rules of its own that the recordings contradict.

const request = (contentType: string): IncomingRequest => ({
  method: 'POST',
  path: '/dev/upload',
  rawQuery: '',
  headers: [['Content-Type', contentType]],
  body: Buffer.from([0x89, 0x50]),
  sourceIp: '127.0.0.1',
});

describe('the REST event of a request body', () => {
  it.each([
    ['image/png', ['image/png'], true, evidence.binaryAcceptMatches.level],
    ['image/png; charset=x', ['image/*'], true, evidence.binarySubtypeWildcard.level],
    ['image/png', ['*/png'], false, evidence.binaryTypeWildcard.level],
    ['image/png', ['*/*'], true, evidence.binaryAllTypes.level],
    ['application/json', ['image/png'], false, evidence.binaryAcceptNoMatch.level],
  ])('Content-Type %s with binaryMediaTypes %j: base64 %s (%s)', (contentType, types, base64) => {
    const event = restProxyEvent(
      request(contentType),
      { resource: '/upload', stage: 'dev', binaryMediaTypes: types, pathParameters: null },
      newRequestIds(),
    );
    expect(event.isBase64Encoded).toBe(base64);
    expect(event.body).toBe(
      base64
        ? Buffer.from([0x89, 0x50]).toString('base64')
        : Buffer.from([0x89, 0x50]).toString('utf8'),
    );
  });
});
