import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Door, predictAnswer } from './predict-answer';

// The README's table of doors is what most users read instead of the fidelity table: each of
// its statuses must be the one predictAnswer gives (it once said 502 where the model, from a
// recording, says 200).
const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const DOORS: Door[] = ['rest-proxy', 'rest-lambda', 'http-api-v2', 'http-api-v1', 'function-url'];

/** The table's rows: door → its cells "a throw becomes" and "a result without statusCode". */
function doorsTable(): Map<string, { thrown: string; noStatusCode: string }> {
  const section = readme.split(/^## The doors$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \|([^\n]*)\|$/gm)];
  return new Map(
    // The header row names the column `door`.
    rows
      .filter(([, door]) => door !== 'door')
      .map(([, door, rest]) => {
        const [, thrown, noStatusCode] = rest.split('|').map((cell) => cell.trim());
        return [door, { thrown, noStatusCode }];
      }),
  );
}

/** The first status a cell names: the one the client receives. */
function statusIn(cell: string): number | undefined {
  const found = /\b([1-5]\d\d)\b/.exec(cell);
  return found === null ? undefined : Number(found[1]);
}

// A proxy-shaped result that forgot its statusCode, the mistake the column is about.
const withoutStatusCode = {
  headers: { 'content-type': 'application/json' },
  body: '{"message":"Not found"}',
};

describe("the package README's table of doors", () => {
  const table = doorsTable();

  it('has a row for each door, and only those', () => {
    expect([...table.keys()].sort()).toEqual([...DOORS].sort());
  });

  it.each(DOORS)('%s: a throw becomes the status the model predicts', (door) => {
    const cell = table.get(door)?.thrown ?? '';
    expect(statusIn(cell)).toBe(predictAnswer(new Error('boom'), { door }).statusCode);
  });

  it.each(DOORS)(
    '%s: a result without statusCode becomes the status the model predicts',
    (door) => {
      const cell = table.get(door)?.noStatusCode ?? '';
      expect(statusIn(cell)).toBe(predictAnswer(withoutStatusCode, { door }).statusCode);
      // A REST proxy also refuses a key its format does not have ({message} alone, say).
      const extraKey = /a key outside the proxy format is a (\d{3})/.exec(cell);
      if (extraKey !== null)
        expect(predictAnswer({ message: 'Not found' }, { door }).statusCode).toBe(
          Number(extraKey[1]),
        );
    },
  );
});
