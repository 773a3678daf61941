import type { IntegrationResponse, LambdaErrorDocument } from 'api-gateway-answer';
import type { LambdaIntegrationRecording, ProxyRecording } from 'api-gateway-answer/evidence';
import {
  lambdaIntegrationRecordings,
  proxyRecordings,
  type RecordedTest,
  recordedTests,
} from 'api-gateway-answer/evidence';

// What the probe service (./probe) does for each case, and where it is sent. This module is
// bundled into the probe's function: it must not touch the file system.

/** A route of the probe service (./probe/serverless.yml), by path. */
export type ProbeRoute =
  | 'proxy'
  | 'refused'
  | 'lambda-selection'
  | 'lambda-overlapping'
  | 'lambda-override'
  | 'lambda-pass-through';

interface CaseBase {
  /** Names the case in the request (`?case=<id>`) and in the recording. */
  id: string;
  name: string;
  route: ProbeRoute;
  /** The recording this case repeats on your account, if any. */
  repeats?: string;
}

export interface ProxyCase extends CaseBase {
  integration: 'proxy';
  /** What the function returns or throws; `refused`: the route's integration makes Lambda refuse the call. */
  lambda: ProxyRecording['lambda'];
}

export interface LambdaIntegrationCase extends CaseBase {
  integration: 'lambda';
  /** The Node.js runtime's error document is predictable: the probe sets the stack (see `probeError`). */
  lambda: { result: unknown } | { error: LambdaErrorDocument };
  /** The route's integration responses, as ./probe/serverless.yml declares them. */
  responses: IntegrationResponse[];
}

export type ProbeCase = ProxyCase | LambdaIntegrationCase;

/** The Lambda-integration routes, by the LocalStack test whose configuration each repeats. */
const LAMBDA_ROUTES = new Map<RecordedTest, ProbeRoute>([
  [recordedTests.selectionPatterns, 'lambda-selection'],
  [recordedTests.overlappingPatterns, 'lambda-overlapping'],
  [recordedTests.mappingTemplates, 'lambda-override'],
  [recordedTests.passThrough, 'lambda-pass-through'],
]);

const PREFIXES = new Map<RecordedTest, string>([
  [recordedTests.payloadFormat, 'payload'],
  [recordedTests.responseFormat, 'format'],
  [recordedTests.refusedInvocation, 'refused'],
  [recordedTests.selectionPatterns, 'patterns'],
  [recordedTests.overlappingPatterns, 'overlap'],
  [recordedTests.mappingTemplates, 'template'],
  [recordedTests.passThrough, 'passthrough'],
]);

const caseId = (test: RecordedTest, testCase: string) =>
  `${PREFIXES.get(test) ?? 'case'}-${testCase.replace(/^\//, '')}`;
const repeats = (test: RecordedTest, testCase: string) => `${test.test}, case "${testCase}"`;

/**
 * The error document the Node.js runtime sends API Gateway for an error the probe throws. The
 * runtime splits `error.stack` into `trace`; the probe sets the stack to one line, so that the
 * document (which a pass-through response shows the client) is known before the call.
 */
export function probeError(error: {
  errorType: string;
  errorMessage: string;
}): LambdaErrorDocument {
  return {
    errorType: error.errorType,
    errorMessage: error.errorMessage,
    trace: [`${error.errorType}: ${error.errorMessage}`],
  };
}

function fromProxyRecording(recording: ProxyRecording): ProxyCase {
  const { test, case: testCase } = recording.provenance as { test: RecordedTest; case: string };
  return {
    id: caseId(test, testCase),
    name: recording.name,
    integration: 'proxy',
    route: 'lambda' in recording && 'refused' in recording.lambda ? 'refused' : 'proxy',
    lambda: recording.lambda,
    repeats: repeats(test, testCase),
  };
}

function fromLambdaRecording(recording: LambdaIntegrationRecording): LambdaIntegrationCase {
  const { test, case: testCase } = recording.provenance as { test: RecordedTest; case: string };
  const route = LAMBDA_ROUTES.get(test);
  if (route === undefined)
    throw new Error(
      `No probe route repeats the configuration of ${test.test}: add one to workshop/recorder/probe/serverless.yml and to LAMBDA_ROUTES.`,
    );
  return {
    id: caseId(test, testCase),
    name: recording.name,
    integration: 'lambda',
    route,
    // LocalStack's functions are Python; the probe throws the same message from Node.js.
    lambda:
      'error' in recording.lambda
        ? { error: probeError(recording.lambda.error) }
        : recording.lambda,
    responses: recording.responses,
    repeats: repeats(test, testCase),
  };
}

const BAD_REQUEST = '{"message":"Bad Request"}';

/**
 * Results the workshop teaches about that no public recording covers (their rules are
 * reported or inferred in sources.ts), and the workshop's own answers: recording them on AWS
 * is how their evidence becomes "recorded".
 */
const workshopCases: ProxyCase[] = [
  {
    id: 'workshop-problem-json-400',
    name: "the workshop's 400: problem+json",
    lambda: {
      result: {
        statusCode: 400,
        headers: { 'Content-Type': 'application/problem+json' },
        body: '{"type":"about:blank","title":"Bad Request","status":400}',
      },
    },
  },
  {
    id: 'workshop-status-string-400',
    name: 'statusCode "400", a string of digits',
    lambda: { result: { statusCode: '400', body: BAD_REQUEST } },
  },
  {
    id: 'workshop-no-status-code',
    name: 'a body and no statusCode',
    lambda: { result: { body: BAD_REQUEST } },
  },
  {
    id: 'workshop-throws-with-status',
    name: 'throws "[400] Bad Request"',
    lambda: { error: { errorType: 'Error', errorMessage: '[400] Bad Request' } },
  },
  {
    id: 'workshop-object-body',
    name: 'an object body',
    lambda: { result: { statusCode: 400, body: { message: 'Bad Request' } } },
  },
  {
    id: 'workshop-cookies-key',
    name: 'a cookies key (payload 2.0)',
    lambda: { result: { statusCode: 200, cookies: ['probe=1'], body: '' } },
  },
  {
    id: 'workshop-base64-string',
    name: 'isBase64Encoded "false", a string',
    lambda: { result: { statusCode: 200, body: 'probe', isBase64Encoded: 'false' } },
  },
  {
    id: 'workshop-number-header',
    name: 'a number header value',
    lambda: { result: { statusCode: 200, headers: { 'x-probe-count': 3 } } },
  },
  {
    id: 'workshop-array-header',
    name: 'a headers value that is an array',
    lambda: { result: { statusCode: 200, headers: { 'x-probe-list': ['a', 'b'] } } },
  },
  { id: 'workshop-null-result', name: 'a result of null', lambda: { result: null } },
  { id: 'workshop-array-result', name: 'a result that is an array', lambda: { result: [1, 2] } },
  {
    id: 'workshop-fractional-status',
    name: 'statusCode 400.5',
    lambda: { result: { statusCode: 400.5 } },
  },
  {
    id: 'workshop-remapped-headers',
    name: 'headers API Gateway may remap: Server, WWW-Authenticate, Connection, Authorization',
    lambda: {
      result: {
        statusCode: 200,
        headers: {
          Server: 'probe',
          'WWW-Authenticate': 'Bearer realm="probe"',
          Connection: 'close',
          Authorization: 'Bearer probe',
        },
      },
    },
  },
].map((probeCase) => ({ ...probeCase, integration: 'proxy' as const, route: 'proxy' as const }));

/** Every case the probe answers: each LocalStack recording repeated, then the workshop's own. */
export const probeCases: ProbeCase[] = [
  ...proxyRecordings.map(fromProxyRecording),
  ...lambdaIntegrationRecordings.map(fromLambdaRecording),
  ...workshopCases,
];

export function findCase(id: string | undefined): ProbeCase | undefined {
  return probeCases.find((probeCase) => probeCase.id === id);
}
