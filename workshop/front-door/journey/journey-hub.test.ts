import type { Answered } from 'api-gateway-answer/local-api';
import { type FunctionRun, recordingRuns, withFunctionRuns } from 'api-gateway-answer/local-api';
import type { Context } from 'aws-lambda';
import { JourneyHub, type PageEvent } from './journey-hub';

const page = 'http://localhost:5173';

function answered(
  headers: Array<[string, string]>,
  runs: FunctionRun[] = [],
  method = 'POST',
): Answered {
  return {
    request: {
      method,
      path: '/dev/throw',
      rawQuery: '',
      headers: [['Host', 'localhost:3000'], ...headers],
      body: Buffer.from('{}'),
      sourceIp: '127.0.0.1',
    },
    door: 'REST API',
    answer: {
      statusCode: 502,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{"message": "Internal server error"}'),
      why: 'the function threw Error: "boom"',
      level: 'documented',
    },
    line: 'POST /dev/throw → 502 …',
    runs,
  };
}

const fromBrowser: Array<[string, string]> = [
  ['Origin', page],
  ['Sec-Fetch-Site', 'cross-site'],
];

describe('the journey hub', () => {
  it("labels a page's request, and its preflight, with the button that announced it", () => {
    const hub = new JourneyHub(page);
    const ticket = hub.announce({
      label: 'POST /dev/throw, JSON',
      method: 'POST',
      url: 'http://localhost:3000/dev/throw',
      origin: page,
    });
    const preflight = hub.answered(
      answered([...fromBrowser, ['Access-Control-Request-Method', 'POST']], [], 'OPTIONS'),
    );
    const request = hub.answered(answered(fromBrowser));
    expect(preflight).toMatchObject({ label: 'POST /dev/throw, JSON: its preflight', ticket });
    expect(preflight.preflight).toBe(true);
    expect(request).toMatchObject({ label: 'POST /dev/throw, JSON', ticket });
    hub.settled(ticket);
    expect(hub.answered(answered(fromBrowser)).label).toBe(`from a browser on ${page}`);
  });

  it('labels curl, and judges its answer for a browser on the page origin, saying so', () => {
    const journey = new JourneyHub(page).answered(answered([['User-Agent', 'curl/8.5.0']]));
    expect(journey.label).toBe('from curl');
    expect(journey.browser.computed).toContain(
      `What a browser on ${page} would have been allowed to read of this answer, by the model's CORS rules`,
    );
    expect(journey.browser.verdict).toMatchObject({
      kind: 'blocked',
      chromium: expect.stringContaining("No 'Access-Control-Allow-Origin' header is present"),
    });
  });

  it("shows the rule in the console line's words, with its evidence level", () => {
    const journey = new JourneyHub(page).answered(answered([]));
    expect(journey.gateway).toMatchObject({
      why: 'the function threw Error: "boom" (documented)',
      level: 'documented',
      message: { status: 502, body: '{"message": "Internal server error"}' },
    });
  });

  it('shows what the function threw, returned, or that it did not run', () => {
    const hub = new JourneyHub(page);
    expect(
      hub.answered(answered([], [{ outcome: 'threw', error: new TypeError('boom') }])).function,
    ).toMatchObject({ kind: 'threw', error: 'TypeError: boom' });
    expect(
      hub.answered(
        answered(
          [],
          [
            {
              outcome: 'returned',
              value: { statusCode: 400, headers: { 'X-Request-Id': 'a' }, body: 'no' },
            },
          ],
        ),
      ).function,
    ).toEqual({
      kind: 'response',
      message: { status: 400, headers: [['x-request-id', 'a']], body: 'no' },
    });
    expect(hub.answered(answered([], [{ outcome: 'returned', value: 'hi' }])).function).toEqual({
      kind: 'value',
      json: '"hi"',
    });
    expect(hub.answered(answered([])).function).toEqual({ kind: 'not run' });
  });

  it('replays the latest journeys and build to a page that follows, then tells it each new one', () => {
    const hub = new JourneyHub(page);
    hub.answered(answered([]));
    hub.rebuilt();
    const written: string[] = [];
    const response = {
      writeHead: () => {},
      write: (text: string) => written.push(text),
      on: () => {},
    };
    hub.follow(response as never);
    hub.buildFailed('serverless.yml: bad indentation');
    const events = written.map((text) => JSON.parse(text.replace(/^data: /, '')) as PageEvent);
    expect(events.map((event) => event.type)).toEqual([
      'hello',
      'journey',
      'rebuilt',
      'replayed',
      'build failed',
    ]);
  });
});

describe("a function's runs", () => {
  const context = {} as Context;

  it('are recorded for the request that calls them: returned, threw', async () => {
    const returns = recordingRuns(async () => ({ statusCode: 200 }));
    const throws = recordingRuns(() => {
      throw new Error('boom');
    });
    const { runs } = await withFunctionRuns(async () => {
      await returns({}, context);
      await Promise.resolve(throws({}, context)).catch(() => {});
      return undefined;
    });
    expect(runs).toEqual([
      { outcome: 'returned', value: { statusCode: 200 } },
      { outcome: 'threw', error: new Error('boom') },
    ]);
  });

  it('is still running when the request is answered first (a timeout)', async () => {
    const never = recordingRuns(() => new Promise(() => {}));
    const { runs } = await withFunctionRuns(async () => {
      void never({}, context);
      return undefined;
    });
    expect(runs).toEqual([{ outcome: 'running' }]);
  });
});
