import {
  captureConsole,
  expectBodyPreviewLogged,
  expectNoWholeBodyLogged,
  invokeThroughApiGateway,
  LARGE_JSON_BODY,
  lambdaContext,
  postEvent,
  restEvents,
} from '@workshop/testing';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { throwError } from '../src/handler';
import { withCors } from '../src/with-cors';
import { withErrorMapping } from '../src/with-error-mapping';

const ALLOWED = 'http://localhost:5173';
const requestId = 'c0r5c0r5-7c85-46d5-bcd7-493aca45e1f0';

beforeAll(() => {
  process.env.ALLOWED_ORIGINS = ALLOWED;
});
afterAll(() => {
  delete process.env.ALLOWED_ORIGINS;
});
// Captured: the handler's log lines would only clutter the report.
const logs = captureConsole();

/** A browser's request: the JSON body of the seed, from `origin`. */
const fromOrigin = (
  origin: string | undefined,
  event: APIGatewayProxyEvent = restEvents.jsonBody(),
): APIGatewayProxyEvent => ({
  ...event,
  headers: { ...(event.headers ?? {}), ...(origin === undefined ? {} : { Origin: origin }) },
});

/** Whether withCors adds the header to an answer returned to it (not thrown). */
async function corsOnAnAnswer(): Promise<boolean> {
  const answered = withCors(async () => ({ statusCode: 400, body: '' }));
  const answer = await invokeThroughApiGateway(answered, fromOrigin(ALLOWED), lambdaContext());
  return answer.headers['access-control-allow-origin'] === ALLOWED;
}

// Only what the function returns reaches the browser on AWS: the local API's own CORS
// headers do not count, so these checks judge the function's answer through the model.
describe('CORS headers on the answers of throwError, errors included', () => {
  it('the 400 for an allowed Origin carries Access-Control-Allow-Origin', async () => {
    const answer = await invokeThroughApiGateway(throwError, fromOrigin(ALLOWED), lambdaContext());
    expect(answer).toBeDeliveredWithStatus(400);
    if (answer.headers['access-control-allow-origin'] === undefined && (await corsOnAnAnswer()))
      throw new Error(
        'The error answer has no Access-Control-Allow-Origin, though withCors adds it to an answer that is returned to it: withCors must wrap the error mapping, or errors skip it. Export withCors(withErrorMapping(handle)).',
      );
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ALLOWED);
    // Still step 7's problem+json, which says why.
    expect(JSON.parse(answer.body)).toMatchObject({
      status: 400,
      detail: expect.stringMatching(/\w/),
    });
  });

  it('so does the 415 for a Content-Type that is not JSON', async () => {
    const event = fromOrigin(ALLOWED, postEvent('{}', { 'Content-Type': 'text/plain' }));
    const answer = await invokeThroughApiGateway(throwError, event, lambdaContext());
    expect(answer).toBeDeliveredWithStatus(415);
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ALLOWED);
  });

  it('so does a 500 from an unexpected error, when withCors wraps the error mapping', async () => {
    const crashing = withCors(
      withErrorMapping(async () => {
        throw new Error('boom');
      }),
    );
    const answer = await invokeThroughApiGateway(crashing, fromOrigin(ALLOWED), lambdaContext());
    expect(answer).toBeDeliveredWithStatus(500);
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ALLOWED);
  });

  it('adds its headers to those of the answer it wraps: Content-Type and X-Request-Id still reach the browser', async () => {
    const answer = await invokeThroughApiGateway(
      throwError,
      fromOrigin(ALLOWED),
      lambdaContext(requestId),
    );
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ALLOWED);
    // Without the function's Content-Type, API Gateway sends application/json of its own.
    const lost = [
      ...(answer.headers['content-type'] === 'application/problem+json'
        ? []
        : ['Content-Type: application/problem+json']),
      ...(answer.headers['x-request-id'] === requestId ? [] : ['X-Request-Id']),
    ];
    if (lost.length > 0)
      throw new Error(
        `The answer lost ${lost.join(' and ')}: withCors replaced the headers of the answer it wraps instead of adding to them. Keep them: headers: { ...result.headers, … }.`,
      );
    expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
    expect(answer).toHaveGatewayHeader('X-Request-Id', requestId);
  });

  it('allows each origin of a comma-separated ALLOWED_ORIGINS, spaces after the commas included', async () => {
    const other = 'https://admin.example.com';
    process.env.ALLOWED_ORIGINS = `${ALLOWED}, ${other}`;
    try {
      for (const origin of [ALLOWED, other])
        expect(
          await invokeThroughApiGateway(throwError, fromOrigin(origin), lambdaContext()),
        ).toHaveGatewayHeader('Access-Control-Allow-Origin', origin);
    } finally {
      process.env.ALLOWED_ORIGINS = ALLOWED;
    }
  });

  it('finds the Origin header in any case', async () => {
    // API Gateway passes the names as the client spelled them; HTTP/2 clients send lower case.
    for (const name of ['origin', 'ORIGIN', 'oRiGiN']) {
      const event = { ...restEvents.jsonBody(), headers: { [name]: ALLOWED } };
      expect(await invokeThroughApiGateway(throwError, event, lambdaContext())).toHaveGatewayHeader(
        'Access-Control-Allow-Origin',
        ALLOWED,
      );
    }
  });

  it('a request whose headers are null (API Gateway sends null when there are none) gets its answer, with Vary: Origin and no Access-Control-Allow-Origin', async () => {
    const events: Array<[string, APIGatewayProxyEvent]> = [
      ['null', restEvents.noHeaders()],
      ['left out', { ...restEvents.jsonBody(), headers: undefined as never }],
    ];
    for (const [headers, event] of events) {
      const answer = await invokeThroughApiGateway(throwError, event, lambdaContext());
      if (answer.problem !== undefined)
        throw new Error(
          `A request whose headers are ${headers} got ${answer.statusCode}: ${answer.problem}. withCors read the Origin from event.headers without a guard: API Gateway sends headers: null when a request has none (and multiValueHeaders: null). Read it from event.headers ?? {}.`,
        );
      expect(answer).toBeDeliveredWithStatus(400);
      expect(answer).toHaveGatewayHeader('Vary', /\bOrigin\b/);
      expect(answer.headers).not.toHaveProperty('access-control-allow-origin');
    }
  });

  it('adds its headers to an answer that has none of its own', async () => {
    const bare = withCors(async () => ({ statusCode: 204, body: '' }));
    const answer = await invokeThroughApiGateway(bare, fromOrigin(ALLOWED), lambdaContext());
    if (answer.problem !== undefined)
      throw new Error(
        `An answer without headers got ${answer.statusCode}: ${answer.problem}. withCors wrote into result.headers, which a handler may leave out: build new headers instead, { ...result.headers, … }.`,
      );
    expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', ALLOWED);
    expect(answer).toHaveGatewayHeader('Vary', /\bOrigin\b/);
  });

  it('lets a page on the allowed origin read X-Request-Id: Access-Control-Expose-Headers names it', async () => {
    expect(
      await invokeThroughApiGateway(throwError, fromOrigin(ALLOWED), lambdaContext()),
    ).toHaveGatewayHeader('Access-Control-Expose-Headers', /\bX-Request-Id\b/i);
  });

  it('says Vary: Origin on every answer, since it depends on the Origin', async () => {
    for (const origin of [ALLOWED, 'https://elsewhere.example', undefined]) {
      expect(
        await invokeThroughApiGateway(throwError, fromOrigin(origin), lambdaContext()),
      ).toHaveGatewayHeader('Vary', /\bOrigin\b/);
    }
  });

  it('an Origin that is not allowed gets no Access-Control-Allow-Origin', async () => {
    const answer = await invokeThroughApiGateway(
      throwError,
      fromOrigin('https://elsewhere.example'),
      lambdaContext(),
    );
    expect(answer.headers).not.toHaveProperty('access-control-allow-origin');
  });

  it('a request without an Origin (curl, another service) gets none', async () => {
    const answer = await invokeThroughApiGateway(
      throwError,
      fromOrigin(undefined),
      lambdaContext(),
    );
    expect(answer.headers).not.toHaveProperty('access-control-allow-origin');
  });

  it('still logs the body it read as one line of JSON, as in step 2', async () => {
    await throwError(fromOrigin(ALLOWED), lambdaContext());
    expectBodyPreviewLogged(logs, { blah: 'blah1' });
    // Its size and first characters, never the whole body.
    await throwError(fromOrigin(ALLOWED, postEvent(LARGE_JSON_BODY)), lambdaContext());
    expectNoWholeBodyLogged(logs);
  });
});
