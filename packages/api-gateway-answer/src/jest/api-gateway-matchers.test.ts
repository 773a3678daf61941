import type { APIGatewayProxyEvent } from 'aws-lambda';
import { postEventV2 } from '../events/http-api-events';
import { postEvent } from '../events/rest-events';
import { predictAnswer } from '../predict-answer';
import { apiGatewayMatchers } from './api-gateway-matchers';

// The matchers as jest calls them (this file checks their messages; setup registers them too).
const { toBeAcceptedByApiGateway, toAnswerThroughApiGateway, toBeReadableFrom } =
  apiGatewayMatchers;

beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('toBeAcceptedByApiGateway', () => {
  it('passes for a result the door delivers, and fails for a throw with the rule, its evidence and the fix', () => {
    expect(
      toBeAcceptedByApiGateway({ statusCode: 404, body: '' }, { door: 'rest-proxy' }).pass,
    ).toBe(true);
    const result = toBeAcceptedByApiGateway(new Error('boom'), { door: 'rest-proxy' });
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(
      /^Expected a REST API \(Lambda-proxy integration\) to deliver this result, but it would answer 502 .*\nRule: the function threw Error: "boom".*\nEvidence: recorded \(.*\)\.\nWhat to change: catch the error/s,
    );
  });

  it('fails on the status a door infers, and says to return one', () => {
    const result = toBeAcceptedByApiGateway(
      { message: 'nope' },
      { door: 'http-api-v2', status: 404 },
    );
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(/answer 404, but the client would receive 200/);
    expect(result.message()).toMatch(/Evidence: documented/);
    expect(result.message()).toMatch(/What to change: return \{statusCode: 404/);
  });

  it('lets a weak rule pass with a note: the client would get the result if AWS accepted it', () => {
    const result = toBeAcceptedByApiGateway(
      { statusCode: 200, body: { a: 1 } },
      { door: 'rest-proxy', status: 200 },
    );
    expect(result.pass).toBe(true);
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^AWS may answer 502 here — reported/),
    );
  });

  it('is registered with expect by the jest entry', () => {
    expect({ statusCode: 201, body: '' }).toBeAcceptedByApiGateway({
      door: 'function-url',
      status: 201,
    });
    expect(new Error('x')).not.toBeAcceptedByApiGateway({ door: 'http-api-v2' });
  });
});

describe('toAnswerThroughApiGateway', () => {
  const event = postEvent('{}');

  it('runs the handler on the event and judges its answer', async () => {
    const handler = async (request: APIGatewayProxyEvent) => ({
      statusCode: 201,
      body: request.body,
    });
    await expect(handler).toAnswerThroughApiGateway(event, { door: 'rest-proxy', status: 201 });
    const result = await toAnswerThroughApiGateway(handler, event, {
      door: 'rest-proxy',
      status: 200,
    });
    expect(result.message()).toMatch(/answer 200, but the client would receive 201/);
  });

  it("fails a handler that throws, with the door's own answer", async () => {
    const handler = async () => {
      throw new Error('not found');
    };
    const result = await toAnswerThroughApiGateway(handler, postEventV2('{}'), {
      door: 'http-api-v2',
      status: 404,
    });
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(/it would answer 500 .*\nRule: the function threw/s);
  });

  it('says so when given no function', async () => {
    const result = await toAnswerThroughApiGateway({}, event, { door: 'rest-proxy' });
    expect(result.message()).toBe(
      'toAnswerThroughApiGateway expects a handler function, got object.',
    );
  });
});

describe('toBeReadableFrom', () => {
  const origin = 'https://app.example';

  it('passes when the answer allows the origin, and fails with the fix for the door when it does not', () => {
    const allowed = predictAnswer(
      { statusCode: 400, headers: { 'Access-Control-Allow-Origin': origin }, body: '' },
      { door: 'rest-proxy' },
    );
    expect(allowed).toBeReadableFrom(origin);
    const bare = predictAnswer({ statusCode: 404, body: '' }, { door: 'rest-proxy' });
    const result = toBeReadableFrom(bare, origin);
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(
      /^Expected a page at https:\/\/app\.example to read the answer \(status 404\), but the browser would not\.\nRule: the answer has no Access-Control-Allow-Origin.*\nEvidence: documented .*\nWhat to change: return Access-Control-Allow-Origin .* errors included/s,
    );
    // API Gateway's own 502: only its gateway responses can carry the header.
    const own = predictAnswer(new Error('x'), { door: 'rest-proxy' });
    expect(toBeReadableFrom(own, origin).message()).toMatch(
      /DEFAULT_5XX and DEFAULT_4XX gateway responses/,
    );
  });

  it("names a Function URL's duplicate header", () => {
    const both = predictAnswer(
      { statusCode: 200, headers: { 'Access-Control-Allow-Origin': origin }, body: '' },
      { door: 'function-url', cors: { allowedOrigins: [origin] }, origin },
    );
    expect(toBeReadableFrom(both, origin).message()).toMatch(
      /duplicate Access-Control-Allow-Origin/,
    );
  });
});
