import fc from 'fast-check';
import { answerRequest, type DoorOnTheWire, lineFor } from './http-adapter';
import type { LoadedHandler } from './loaded-functions';
import { functionUrlDoor, mainPortDoor } from './main-port';
import { type IncomingRequest, newRequestIds } from './request-events';
import { everyRoute as routes } from './testing/every-route';

// Every door of the local API, in process (no HTTP), over generated requests and generated
// handler behaviours: whatever comes in and whatever the function does, an answer comes out,
// in time, with a status HTTP can send and a console line that names it.

const RUNS = 10_000;

/** What a handler may do: return anything, throw anything, never settle, or answer late. */
type Behaviour =
  | { kind: 'returns'; value: unknown }
  | { kind: 'throws'; error: unknown }
  | { kind: 'never settles' }
  | { kind: 'circular' };

const headerName = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,12}$/),
  fc.string({ maxLength: 8 }),
);
const headerValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean());
const proxyResult = fc.record(
  {
    statusCode: fc.oneof(
      fc.integer({ min: -5, max: 1200 }),
      fc.constantFrom('200', '418', 'test', ''),
      fc.constant(null),
    ),
    headers: fc.oneof(fc.dictionary(headerName, headerValue, { maxKeys: 4 }), fc.constant(null)),
    multiValueHeaders: fc.dictionary(headerName, fc.array(headerValue, { maxLength: 3 }), {
      maxKeys: 2,
    }),
    cookies: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
    body: fc.oneof(fc.string({ maxLength: 50 }), fc.jsonValue({ maxDepth: 2 })),
    isBase64Encoded: fc.oneof(fc.boolean(), fc.string({ maxLength: 3 })),
  },
  { requiredKeys: [] },
);
const behaviour: fc.Arbitrary<Behaviour> = fc.oneof(
  { weight: 6, arbitrary: proxyResult.map((value) => ({ kind: 'returns' as const, value })) },
  {
    weight: 2,
    arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'returns' as const, value })),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.string({ maxLength: 40 }).map((message) => new Error(message)),
        fc.constantFrom('[400] Bad Request', '[500] boom').map((message) => new Error(message)),
        fc.anything({ maxDepth: 1 }),
      )
      .map((error) => ({ kind: 'throws' as const, error })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'never settles' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'circular' as const }) },
);

function handlerDoing(what: Behaviour): LoadedHandler {
  return async () => {
    if (what.kind === 'throws') throw what.error;
    if (what.kind === 'never settles') return new Promise(() => {});
    if (what.kind === 'circular') {
      const value: Record<string, unknown> = { statusCode: 200 };
      value.self = value;
      return value;
    }
    return what.value;
  };
}

const path = fc.oneof(
  fc.constantFrom(
    '/dev/throw',
    '/dev/throw-lambda',
    '/dev/items/7',
    '/dev/http',
    '/dev',
    '/dev/',
    '/v2/throw',
    '/v1/abc',
    '/',
    '/nowhere',
    '/dev/%zz',
    '/dev/items/%E2%82%AC',
  ),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
);
const request: fc.Arbitrary<IncomingRequest> = fc.record({
  method: fc.oneof(
    fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH'),
    fc.stringMatching(/^[A-Z]{1,8}$/),
  ),
  path,
  rawQuery: fc.oneof(fc.constant(''), fc.string({ maxLength: 20 }), fc.constant('a=1&a=2&b=%zz')),
  headers: fc.array(
    fc.oneof(
      fc.tuple(
        fc.constantFrom('Content-Type', 'content-type'),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'image/png',
          'application/json; charset=utf-8',
        ),
      ),
      fc.tuple(
        fc.constant('Origin'),
        fc.constantFrom('http://localhost:5173', 'https://evil.example'),
      ),
      fc.tuple(fc.constant('Access-Control-Request-Method'), fc.constantFrom('POST', 'PUT')),
      fc.tuple(fc.constant('Accept'), fc.constantFrom('image/png', '*/*', 'text/html')),
      fc.tuple(headerName, fc.string({ maxLength: 20 })),
    ),
    { maxLength: 5 },
  ),
  body: fc.oneof(
    fc.constant(Buffer.alloc(0)),
    fc.string({ maxLength: 60 }).map((text) => Buffer.from(text)),
    fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value) ?? '')),
    fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
  ),
  sourceIp: fc.constant('127.0.0.1'),
});

/** The two servers of a service: the main port (REST and HTTP API) and a function URL. */
function doors(handler: LoadedHandler): Record<'main' | 'url', DoorOnTheWire> {
  return {
    main: mainPortDoor(
      () => routes,
      () => handler,
    ),
    url: functionUrlDoor(
      () => routes.functionUrls[0],
      () => handler,
    ),
  };
}

describe('the local API, over generated requests and handlers', () => {
  it(`answers each of ${RUNS} with a status HTTP can send and a console line, never a throw or a hang`, async () => {
    const statuses = new Map<number, number>();
    let notModelled = 0;
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(
        request,
        behaviour,
        fc.constantFrom('main' as const, 'url' as const),
        async (incoming, what, which) => {
          const wire = await answerRequest(
            doors(handlerDoing(what))[which],
            incoming,
            newRequestIds(),
          );
          // Plain checks, not expect: jest's matchers build an error per call, which made
          // 10,000 runs three times slower.
          if (!Number.isInteger(wire.statusCode) || wire.statusCode < 200 || wire.statusCode > 599)
            throw new Error(`an answer HTTP cannot end with: status ${wire.statusCode}`);
          // A fault of the workshop's own is a bug, whatever the request or the handler did.
          if (wire.notModelled?.includes('a bug of the workshop'))
            throw new Error(`the workshop failed: ${wire.why}`);
          const line = lineFor(incoming, wire);
          if (!line.startsWith(`${incoming.method} ${incoming.path} → ${wire.statusCode}`))
            throw new Error(`a console line that does not name the answer: ${line}`);
          statuses.set(wire.statusCode, (statuses.get(wire.statusCode) ?? 0) + 1);
          if (wire.notModelled !== undefined) notModelled += 1;
        },
      ),
      // A hang fails its run: far past what one answer in process takes, not a speed limit.
      { numRuns: RUNS, timeout: 10_000 },
    );
    const seconds = (Date.now() - started) / 1000;
    const byClass = new Map<string, number>();
    for (const [status, count] of statuses)
      byClass.set(`${String(status)[0]}xx`, (byClass.get(`${String(status)[0]}xx`) ?? 0) + count);
    const figures = [...byClass.entries()]
      .sort()
      .map(([group, count]) => `${group} ${count}`)
      .join(', ');
    const common = [200, 403, 404, 500, 502, 504]
      .map((status) => `${status} ${statuses.get(status) ?? 0}`)
      .join(', ');
    console.log(
      `${RUNS} generated requests through the local API in ${seconds.toFixed(1)} s (${Math.round(RUNS / seconds)} a second): ${figures} (${common}); ${notModelled} answered "not modelled"`,
    );
    // Every door and outcome was reached: the generators are not stuck on one answer.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 403, 404, 500, 502]));
  }, 300_000);
});
