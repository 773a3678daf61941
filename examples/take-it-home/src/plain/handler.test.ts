import { v2Event } from '../../test/events.js';
import { greet } from './handler.js';

// The tests a plain handler usually has: they read the result the function returns.
describe('greet, as the function answers', () => {
  it('greets by name', async () => {
    const result = await greet(v2Event('{"name":"Ada"}'));
    expect(JSON.parse(result.body ?? '')).toEqual({ greeting: 'Hello, Ada' });
  });

  it('says what is missing', async () => {
    const result = await greet(v2Event('{}'));
    expect(JSON.parse(result.body ?? '')).toEqual({ message: 'name is required' });
  });
});

// What the client of the HTTP API receives: api-gateway-answer's matchers.
describe('greet, through an HTTP API', () => {
  it('answers 400 when the name is missing', async () => {
    await expect(greet).toAnswerThroughApiGateway(v2Event('{}'), {
      status: 400,
      door: 'http-api-v2',
    });
  });

  it('answers 400 when the body is not JSON', async () => {
    await expect(greet).toAnswerThroughApiGateway(v2Event('{"name":'), {
      status: 400,
      door: 'http-api-v2',
    });
  });
});
