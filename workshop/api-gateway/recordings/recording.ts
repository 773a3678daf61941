import type { IntegrationResponse, LambdaOutcome } from '../lambda-integration';
import type { RecordedTest } from '../sources';

/** Where an answer was recorded: a LocalStack test validated against AWS, and its case. */
export interface Provenance {
  test: RecordedTest;
  /** The snapshot key (or the path the test called) of this case. */
  case: string;
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
  /** The body as text, or as the JSON the recording holds. */
  body: { text: string } | { json: unknown };
}

/** A REST API, Lambda-proxy integration case. */
export interface ProxyRecording {
  integration: 'proxy';
  name: string;
  /** What the function returned (after Lambda's JSON round trip), raised, or Lambda refused to run. */
  lambda: { result: unknown } | { error: { errorType: string; errorMessage: string } } | { refused: string };
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
