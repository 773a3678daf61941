import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IntegrationResponse } from 'api-gateway-answer';
import type { ProbeRun, Recording, RecordingsFile } from 'api-gateway-answer/evidence';
import { replay } from 'api-gateway-answer/evidence';
import type { ProbeCase, ProbeRoute } from './cases';
import { probeRequest } from './request';
import { type HttpAnswer, toRecording } from './to-recording';

export interface CaseResult {
  probeCase: ProbeCase;
  recording: Recording;
  /** Where the model's answer differs from the one received; empty when they agree. */
  differences: string[];
}

export type Send = (url: string, init: RequestInit) => Promise<HttpAnswer>;

/** fetch, reading the whole body; a call that takes longer than API Gateway's 29 s (the probe's edge-optimized API cannot have more) is a failure of the run. */
export const sendWithFetch: Send = async (url, init) => {
  const response = await fetch(url, {
    ...init,
    signal: AbortSignal.any([
      init.signal ?? new AbortController().signal,
      AbortSignal.timeout(35_000),
    ]),
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

export interface RecordOptions {
  baseUrl: string;
  run: ProbeRun;
  cases: ProbeCase[];
  send?: Send;
  signal?: AbortSignal;
  /** The integration responses deployed per Lambda-integration route, when known. */
  deployed?: Partial<Record<ProbeRoute, IntegrationResponse[]>>;
}

/** Sends every case, one after the other, and replays each answer through the model. */
export async function recordCases({
  baseUrl,
  run,
  cases,
  send = sendWithFetch,
  signal,
  deployed = {},
}: RecordOptions): Promise<CaseResult[]> {
  const source = run.target === 'aws' ? 'AWS' : 'serverless-offline';
  const results: CaseResult[] = [];
  for (const probeCase of cases) {
    signal?.throwIfAborted();
    const { url, init } = probeRequest(probeCase, baseUrl);
    const answer = await send(url, { ...init, ...(signal ? { signal } : {}) });
    const recording = toRecording(probeCase, answer, run, deployed[probeCase.route]);
    results.push({ probeCase, recording, differences: await replay(recording, source) });
  }
  return results;
}

/** One line per case (✓ agrees, ✗ differs, each difference under it), then the count. */
export function formatReport(results: CaseResult[], run: ProbeRun): string[] {
  const lines: string[] = [];
  for (const { probeCase, differences } of results) {
    lines.push(`${differences.length === 0 ? '✓' : '✗'} ${probeCase.id}: ${probeCase.name}`);
    for (const difference of differences) lines.push(`    ${difference}`);
  }
  const differing = results.filter((result) => result.differences.length > 0).length;
  const who = run.target === 'aws' ? 'AWS' : 'serverless-offline';
  lines.push(
    `${results.length} cases: ${results.length - differing} answered as the model says, ${differing} differ (${who}, ${run.region}, ${run.framework}).`,
  );
  return lines;
}

/** Writes the run's recordings to `<folder>/<date>-<target>-<region>.json`; returns the file. */
export function writeRecordings(folder: string, run: ProbeRun, results: CaseResult[]): string {
  mkdirSync(folder, { recursive: true });
  const file = path.join(
    folder,
    `${run.recorded.replace(/[:.]/g, '-')}-${run.target}-${run.region}.json`,
  );
  const content: RecordingsFile = { run, recordings: results.map((result) => result.recording) };
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}
