import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProbeRun } from 'api-gateway-answer/evidence';
import { parseRecordingsFile } from 'api-gateway-answer/evidence';
import { findCase, type ProbeCase } from './cases';
import { formatReport, recordCases, writeRecordings } from './record';

const run: ProbeRun = {
  target: 'aws',
  recorded: '2026-11-25T16:00:00.000Z',
  region: 'us-east-2',
  framework: 'osls 3.77.1',
  endpoint: 'https://a1b2c3.execute-api.us-east-2.amazonaws.com/record',
};
const cases = ['payload-invoke-api-status-code-str', 'payload-invoke-api-just-string'].map(
  (id) => findCase(id) as ProbeCase,
);

describe('recording a run', () => {
  it('sends every case in order, replays each answer, reports and writes them', async () => {
    const sent: string[] = [];
    const results = await recordCases({
      baseUrl: run.endpoint,
      run,
      cases,
      // AWS answers the first case as recorded; the second one otherwise than the model says.
      send: async (url) => {
        sent.push(url);
        return {
          status: sent.length === 1 ? 201 : 200,
          headers: new Headers({ 'content-type': 'application/json' }),
          body: '',
        };
      },
    });
    expect(sent).toEqual([
      `${run.endpoint}/proxy?case=payload-invoke-api-status-code-str`,
      `${run.endpoint}/proxy?case=payload-invoke-api-just-string`,
    ]);
    expect(formatReport(results, run)).toEqual([
      '✓ payload-invoke-api-status-code-str: a statusCode as a string of digits ("201")',
      '✗ payload-invoke-api-just-string: a bare string',
      '    status: AWS 200, model 502',
      '    body: AWS "", model "{\\"message\\": \\"Internal server error\\"}"',
      '2 cases: 1 answered as the model says, 1 differ (AWS, us-east-2, osls 3.77.1).',
    ]);
    const folder = mkdtempSync(path.join(os.tmpdir(), 'record-'));
    try {
      const file = writeRecordings(folder, run, results);
      expect(path.basename(file)).toBe('2026-11-25T16-00-00-000Z-aws-us-east-2.json');
      expect(parseRecordingsFile(readFileSync(file, 'utf8'), file)).toEqual(
        results.map((result) => result.recording),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('stops sending once the run is aborted (Ctrl+C)', async () => {
    const controller = new AbortController();
    const send = jest.fn(async () => {
      controller.abort(new Error('Interrupted (SIGINT)'));
      return { status: 201, headers: new Headers(), body: '' };
    });
    await expect(
      recordCases({ baseUrl: run.endpoint, run, cases, send, signal: controller.signal }),
    ).rejects.toThrow('Interrupted (SIGINT)');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
