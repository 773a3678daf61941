import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRecordings, parseRecordingsFile } from './probe-recordings';

const run = {
  target: 'aws',
  recorded: '2026-11-25T16:00:00.000Z',
  region: 'us-east-2',
  framework: 'osls 3.77.1',
  endpoint: 'https://x.example/record',
};
const recording = {
  integration: 'proxy',
  name: 'statusCode alone',
  lambda: { result: { statusCode: 200 } },
  client: { statusCode: 200, body: { text: '' } },
  provenance: { probe: run, case: 'payload-invoke-api-no-body' },
};

describe('a recordings file sent back', () => {
  it('is read with every recording in it', () => {
    expect(parseRecordingsFile(JSON.stringify({ run, recordings: [recording] }), 'r.json')).toEqual(
      [recording],
    );
  });

  it.each([
    ['not JSON', '{"recordings": [', /^r\.json is not JSON/],
    ['no recordings array', '{"run": {}}', /^r\.json has no "recordings" array\.$/],
    [
      'a recording without a client status',
      JSON.stringify({ recordings: [{ ...recording, client: { body: { text: '' } } }] }),
      /^r\.json, recordings\[0\]: client\.statusCode must be a number\.$/,
    ],
    [
      'a Lambda-integration recording without its responses',
      JSON.stringify({ recordings: [{ ...recording, integration: 'lambda' }] }),
      /recordings\[0\]: a Lambda-integration recording needs its integration responses/,
    ],
    [
      'a recording with no provenance',
      JSON.stringify({ recordings: [{ ...recording, provenance: { case: 'x' } }] }),
      /recordings\[0\]: provenance must name the run/,
    ],
  ])('is refused with the file and the case named when it has %s', (_, text, message) => {
    expect(() => parseRecordingsFile(text, 'r.json')).toThrow(message);
  });

  it('is loaded from a folder with the others, in name order; a missing folder has none', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'recordings-'));
    try {
      writeFileSync(
        path.join(folder, 'b.json'),
        JSON.stringify({ run, recordings: [{ ...recording, name: 'b' }] }),
      );
      writeFileSync(
        path.join(folder, 'a.json'),
        JSON.stringify({ run, recordings: [{ ...recording, name: 'a' }] }),
      );
      writeFileSync(path.join(folder, 'notes.txt'), 'not a recording');
      expect(loadRecordings(folder).map((r) => r.name)).toEqual(['a', 'b']);
      expect(loadRecordings(path.join(folder, 'missing'))).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
