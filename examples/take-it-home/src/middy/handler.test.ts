import { predictAnswer } from 'api-gateway-answer';
import { context, restEvent } from '../../test/events.js';
import { greet, ORIGIN } from './handler.js';

const fromThePage = { Origin: ORIGIN };

// The tests a middy handler usually has: they read the result the function returns.
describe('greet, as the function answers', () => {
  it('greets by name, with CORS for the page', async () => {
    const result = await greet(restEvent('{"name":"Ada"}', fromThePage), context);
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['Access-Control-Allow-Origin']).toBe(ORIGIN);
  });

  it('answers 400 when the name is missing', async () => {
    const result = await greet(restEvent('{}', fromThePage), context);
    expect(result).toMatchObject({ statusCode: 400, body: 'name is required' });
  });
});

// What the page receives through the REST API: api-gateway-answer's matchers.
describe('greet, through a REST API, for the page', () => {
  it('is accepted by API Gateway, errors included', async () => {
    const result = await greet(restEvent('{"name":'), context);
    expect(result).toBeAcceptedByApiGateway({ door: 'rest-proxy' });
  });

  it('lets the page read the 400', async () => {
    const result = await greet(restEvent('{}', fromThePage), context);
    const answer = predictAnswer(result, { door: 'rest-proxy', origin: ORIGIN });
    expect(answer.statusCode).toBe(400);
    expect(answer).toBeReadableFrom(ORIGIN);
  });
});
