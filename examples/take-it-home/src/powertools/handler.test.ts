import { predictAnswer } from 'api-gateway-answer';
import { context, ORIGIN, v2Event } from '../../test/events.js';
import { greet } from './handler.js';

const fromThePage = { origin: ORIGIN };
// The function URL's CORS configuration, as serverless.yml writes it (url.cors); the URL
// adds its headers to a request from a page, one with an Origin.
const urlCors = { allowedOrigins: [ORIGIN] };
const urlEvent = (body: string) => v2Event(body, fromThePage, '$default');

// The tests a Powertools handler usually has: they read the result the router returns.
describe('greet, as the router answers', () => {
  it('greets by name', async () => {
    const result = await greet(urlEvent('{"name":"Ada"}'), context);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? '')).toEqual({ greeting: 'Hello, Ada' });
  });

  it('answers 400 when the name is missing', async () => {
    const result = await greet(urlEvent('{}'), context);
    expect(result.statusCode).toBe(400);
  });
});

// What the page receives from the function URL: api-gateway-answer's matchers.
describe('greet, through a function URL, for the page', () => {
  it('lets the page read the greeting', async () => {
    const result = await greet(urlEvent('{"name":"Ada"}'), context);
    const answer = predictAnswer(result, { door: 'function-url', cors: urlCors, origin: ORIGIN });
    expect(answer).toBeReadableFrom(ORIGIN);
  });

  it('lets the page read the 400', async () => {
    const result = await greet(urlEvent('{}'), context);
    const answer = predictAnswer(result, { door: 'function-url', cors: urlCors, origin: ORIGIN });
    expect(answer.statusCode).toBe(400);
    expect(answer).toBeReadableFrom(ORIGIN);
  });
});
