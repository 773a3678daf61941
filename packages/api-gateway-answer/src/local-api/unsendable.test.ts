import { whyUnsendable } from './unsendable';

describe('whyUnsendable', () => {
  it.each([
    [
      200,
      { 'x-note': 'a\nb' },
      /the value of the header x-note \("a\\nb"\) holds a character HTTP cannot carry/,
    ],
    [200, { 'x-note': 'a\r\nSet-Cookie: evil=1' }, /the value of the header x-note/],
    [200, { 'x-note': 'nul\u0000' }, /the value of the header x-note/],
    [200, { 'x-arrow': '→' }, /the value of the header x-arrow/],
    [200, { 'x note': 'a' }, /the header name "x note" is not a valid HTTP header name/],
    [200, { '': 'a' }, /the header name "" is not a valid HTTP header name/],
    [200, { 'x-é': 'a' }, /the header name "x-é"/],
    [99, {}, /the status 99 is not a three-digit HTTP status/],
    [1000, {}, /the status 1000/],
    [600, {}, /the status 600 is outside 100 to 599, the range of valid HTTP statuses/],
    [999, {}, /the status 999 is outside 100 to 599/],
    [200.5, {}, /the status 200.5/],
    [100, {}, /the status 100 is informational: HTTP cannot end an answer with it/],
    [199, {}, /the status 199 is informational/],
  ])('names what HTTP cannot carry: %j %j', (status, headers, expected) => {
    expect(whyUnsendable(status, headers)).toMatch(expected);
  });

  it.each([
    [200, {}],
    [599, { 'content-type': 'application/json', 'x-note': 'a, b; c=d' }],
    [200, { 'x-tab': 'a\tb' }],
    [200, { 'x-latin': 'café' }],
  ])('lets %j %j through', (status, headers) => {
    expect(whyUnsendable(status, headers)).toBeUndefined();
  });
});
