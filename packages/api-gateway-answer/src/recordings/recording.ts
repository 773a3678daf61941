import type { IntegrationResponse, LambdaOutcome } from '../lambda-integration';
import { describeRecordedTest, type RecordedTest } from '../sources';

/** Where an answer was recorded: a LocalStack test validated against AWS, and its case. */
export interface LocalStackProvenance {
  test: RecordedTest;
  /** The snapshot key (or the path the test called) of this case. */
  case: string;
}

/** One run of `npm run record:aws`: where and when the probe service answered, and with what. */
export interface ProbeRun {
  /** `aws`: a real API Gateway; `local`: serverless-offline (never an AWS recording). */
  target: 'aws' | 'local';
  /** When the run started, ISO 8601. */
  recorded: string;
  region: string;
  /** The framework that deployed the probe, e.g. "osls 3.77.1" (and serverless-offline's version for `local`). */
  framework: string;
  /** The probe's base URL, e.g. https://<api-id>.execute-api.us-east-2.amazonaws.com/record. */
  endpoint: string;
}

/** Where an answer was recorded: a run of this workshop's probe service, and its case. */
export interface ProbeProvenance {
  probe: ProbeRun;
  /** The probe case's id (workshop/recorder/cases.ts). */
  case: string;
}

export type Provenance = LocalStackProvenance | ProbeProvenance;

export function describeProvenance(provenance: Provenance): string {
  if ('test' in provenance) return describeRecordedTest(provenance.test, provenance.case);
  const { probe } = provenance;
  return `npm run record:aws (target ${probe.target}), case "${provenance.case}", recorded ${probe.recorded} in ${probe.region} with ${probe.framework} at ${probe.endpoint}`;
}

/** What the client received from AWS: the parts that matter to the workshop. */
export interface ClientAnswer {
  statusCode: number;
  /** Headers as recorded (any case); only those the model is responsible for. */
  headers?: Record<string, string>;
  /** Headers the client must not receive. */
  absentHeaders?: string[];
  /** Headers AWS sends with a value of its own (ids): present, value not compared. */
  presentHeaders?: string[];
  /**
   * The body as text, as the JSON the recording holds, or as bytes (their base64). Absent when
   * the recording holds no body worth comparing (only the status or the headers were checked).
   */
  body?: { text: string } | { json: unknown } | { bytes: string };
}

/** A REST API, Lambda-proxy integration case. */
export interface ProxyRecording {
  integration: 'proxy';
  name: string;
  /** What the function returned (after Lambda's JSON round trip), raised, or Lambda refused to run. */
  lambda:
    | { result: unknown }
    | { error: { errorType: string; errorMessage: string } }
    | { refused: string };
  /** The request's headers, where the answer depends on them (Accept); absent: a plain JSON POST. */
  request?: { headers: Record<string, string> };
  /** The API's configuration, where the answer depends on it. */
  api?: { binaryMediaTypes: string[] };
  client: ClientAnswer;
  provenance: Provenance;
}

/** A REST API, Lambda (non-proxy) integration case: the method's integration responses matter. */
export interface LambdaIntegrationRecording {
  integration: 'lambda';
  name: string;
  responses: IntegrationResponse[];
  lambda: LambdaOutcome;
  client: ClientAnswer;
  provenance: Provenance;
}

export type Recording = ProxyRecording | LambdaIntegrationRecording;
