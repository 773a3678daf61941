import { lambdaContext } from '@workshop/fixtures/lambda-context';
import { invokeThroughApiGateway } from 'api-gateway-answer';
import { postEvent, type RestEventName, restEvents } from 'api-gateway-answer/events';
import { throwError } from '../src/handler';
import { parseBody } from '../src/parse-body';
import { withCors } from '../src/with-cors';

const requestId = '87f10bcd-7c85-46d5-bcd7-493aca45e1f0';

let logged: string[];
beforeEach(() => {
  logged = [];
  jest.spyOn(console, 'log').mockImplementation((line: unknown) => void logged.push(String(line)));
});
afterEach(() => jest.restoreAllMocks());

async function answerFor(event: ReturnType<(typeof restEvents)[RestEventName]>) {
  return invokeThroughApiGateway(throwError, event, lambdaContext(requestId));
}

describe('POST /throw answers 400 Bad Request, the way a client sees it through API Gateway', () => {
  const cases: Array<[RestEventName, RegExp]> = [
    ['jsonBody', /always answers 400/],
    ['base64Body', /always answers 400/],
    ['notJson', /not valid JSON/],
    ['noBody', /no body/],
    ['noHeaders', /always answers 400/],
    ['getWithQuery', /no body/],
  ];

  it.each(cases)(
    '%s: a well-formed 400, as RFC 9457 problem+json that says what was wrong',
    async (name, detail) => {
      const answer = await answerFor(restEvents[name]());

      expect(answer).toBeDeliveredWithStatus(400);
      expect(answer).toHaveGatewayHeader('Content-Type', 'application/problem+json');
      expect(answer).toHaveGatewayHeader('X-Request-Id', requestId);
      expect(JSON.parse(answer.body)).toEqual({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: expect.stringMatching(detail),
        requestId,
      });
    },
  );

  it('answers a Content-Type that is not JSON with 415 Unsupported Media Type', async () => {
    const answer = await answerFor(
      postEvent('{"blah": "blah1"}', { 'Content-Type': 'text/plain' }),
    );
    expect(answer).toBeDeliveredWithStatus(415);
    expect(JSON.parse(answer.body)).toMatchObject({
      title: 'Unsupported Media Type',
      detail: 'Send the body as application/json, not text/plain.',
    });
  });

  it('accepts JSON sent the way curl --data sends it (application/x-www-form-urlencoded)', async () => {
    const answer = await answerFor(
      postEvent('{"blah": "blah1"}', { 'Content-Type': 'application/x-www-form-urlencoded' }),
    );
    expect(JSON.parse(answer.body).detail).toMatch(/always answers 400/);
  });

  it('returns isBase64Encoded: false, so API Gateway sends the body as text', async () => {
    const result = await throwError(restEvents.jsonBody(), lambdaContext(requestId));
    expect(result.isBase64Encoded).toBe(false);
    expect(typeof result.body).toBe('string');
  });

  it('logs the parsed request body as one JSON line, for CloudWatch Logs', async () => {
    await answerFor(restEvents.jsonBody());
    // The fields Logs Insights queries read: level, message, the body's size and preview.
    expect(logged.map((line) => JSON.parse(line))).toContainEqual({
      level: 'info',
      message: 'Received request body',
      bytes: 16,
      preview: '{"blah":"blah1"}',
    });
    expect(logged.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('logs a large body as its size and first characters, never whole', async () => {
    await answerFor(postEvent(JSON.stringify({ text: 'x'.repeat(1_000_000) })));
    // Its size and first characters, never the whole body (size, cost, personal data).
    expect(Math.max(...logged.map((line) => line.length))).toBeLessThanOrEqual(300);
  });

  it.each([
    ['content-type', 'text/plain'],
    ['CONTENT-TYPE', 'text/plain'],
    ['Content-Type', 'application/json-seq'],
    ['Content-Type', 'text/plain, application/json'],
    ['Content-Type', 'text/json'],
  ])('answers %s: %s with 415', async (name, value) => {
    const answer = await answerFor(postEvent('{"blah": "blah1"}', { [name]: value }));
    expect(answer).toBeDeliveredWithStatus(415);
  });

  it.each([
    'application/vnd.api+json',
    'application/json ;charset=UTF-8',
    'Application/JSON',
    'Application/JSON; charset=UTF-8',
    'application/json;CHARSET="utf-8"',
    'Application/X-WWW-Form-Urlencoded',
  ])('reads JSON sent as %s', async (contentType) => {
    const answer = await answerFor(postEvent('{"blah": "blah1"}', { 'Content-Type': contentType }));
    expect(JSON.parse(answer.body).detail).toMatch(/always answers 400/);
  });

  it('reads a base64-encoded body as the JSON it carries', async () => {
    await answerFor(restEvents.base64Body());
    expect(logged.map((line) => JSON.parse(line))).toContainEqual(
      expect.objectContaining({ preview: '{"blah":"blah1"}' }),
    );
  });

  it.each(['Zoë', 'Ünïcödé — “quoted”, 5 €', '日本語', '🎉'])(
    'reads a base64-encoded body as UTF-8, the encoding of JSON: %s arrives as sent',
    (name) => {
      const event = postEvent(Buffer.from(JSON.stringify({ name }), 'utf8').toString('base64'));
      event.isBase64Encoded = true;
      expect(parseBody(event)).toEqual({ ok: true, value: { name } });
    },
  );

  it.each([
    ['an empty string', '', /no body/],
    ['a JSON number', '42', /must be a JSON object, not number/],
    ['a JSON array', '[1, 2]', /must be a JSON object, not an array/],
    ['JSON null', 'null', /must be a JSON object, not null/],
    ['a JSON string', '"blah"', /must be a JSON object, not string/],
  ])('answers a clean 400 for %s, that names it', async (_, body, detail) => {
    const answer = await answerFor(postEvent(body));
    expect(answer).toBeDeliveredWithStatus(400);
    expect(JSON.parse(answer.body).detail).toMatch(detail);
  });

  it('adds Access-Control-Allow-Origin and exposes X-Request-Id for an allowed Origin, on the 415 as on the 400', async () => {
    process.env.ALLOWED_ORIGINS = 'http://localhost:5173';
    try {
      // Origin after other headers, in another case: the lookup reads the right one.
      const requests: Array<Record<string, string>> = [
        { Origin: 'http://localhost:5173' },
        { 'Content-Type': 'text/plain', origin: 'http://localhost:5173' },
      ];
      for (const headers of requests) {
        const answer = await answerFor(postEvent('{}', headers));
        expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', 'http://localhost:5173');
        // A page reads only the headers an answer exposes: the request id is one.
        expect(answer).toHaveGatewayHeader('Access-Control-Expose-Headers', 'X-Request-Id');
        expect(answer).toHaveGatewayHeader('Vary', 'Origin');
      }
      const elsewhere = await answerFor(postEvent('{}', { Origin: 'https://elsewhere.example' }));
      expect(elsewhere.headers).not.toHaveProperty('access-control-allow-origin');
      expect(elsewhere.headers).not.toHaveProperty('access-control-expose-headers');
    } finally {
      delete process.env.ALLOWED_ORIGINS;
    }
  });

  it('answers a request whose headers are null or left out, with Vary: Origin and no CORS header', async () => {
    process.env.ALLOWED_ORIGINS = 'http://localhost:5173';
    try {
      for (const event of [
        restEvents.noHeaders(),
        { ...restEvents.jsonBody(), headers: undefined as never },
      ]) {
        const answer = await answerFor(event);
        expect(answer).toBeDeliveredWithStatus(400);
        expect(answer).toHaveGatewayHeader('Vary', 'Origin');
        expect(answer.headers).not.toHaveProperty('access-control-allow-origin');
      }
    } finally {
      delete process.env.ALLOWED_ORIGINS;
    }
  });

  it('adds the CORS headers to an answer that has none of its own', async () => {
    process.env.ALLOWED_ORIGINS = 'http://localhost:5173';
    try {
      const answer = await invokeThroughApiGateway(
        withCors(async () => ({ statusCode: 204, body: '' })),
        postEvent('{}', { ORIGIN: 'http://localhost:5173' }),
        lambdaContext(requestId),
      );
      expect(answer).toHaveGatewayHeader('Access-Control-Allow-Origin', 'http://localhost:5173');
      expect(answer).toHaveGatewayHeader('Vary', 'Origin');
    } finally {
      delete process.env.ALLOWED_ORIGINS;
    }
  });

  it('allows each origin of a comma-separated ALLOWED_ORIGINS, spaces and all', async () => {
    process.env.ALLOWED_ORIGINS = 'http://localhost:5173, https://admin.example.com';
    try {
      const answer = await answerFor(postEvent('{}', { Origin: 'https://admin.example.com' }));
      expect(answer).toHaveGatewayHeader(
        'Access-Control-Allow-Origin',
        'https://admin.example.com',
      );
    } finally {
      delete process.env.ALLOWED_ORIGINS;
    }
  });

  it('never echoes a stack trace or the raw input in the body', async () => {
    const answer = await answerFor(postEvent('{"a": <script>}'));
    expect(answer.body).not.toMatch(/at .*\.ts|SyntaxError|<script>/);
  });
});
