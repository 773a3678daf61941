import type { IntegrationResponse } from '../lambda-integration';
import { recordedTests } from '../sources';
import type { LambdaIntegrationRecording } from './recording';

// Facts from LocalStack's AWS-validated TestApiGatewayHeaderRemapping
// (localstack/localstack, Apache-2.0, tests/aws/services/apigateway/test_apigateway_integrations.py
// and its snapshot, recorded on AWS 2024-12-11), re-stated as data: the Lambda (non-proxy)
// integration, "AWS" in the test. Its method response declares 27 headers, and on the "full"
// route the integration response sets each to the static value 'response_param_<name>'. The
// function returns {statusCode, body, isBase64Encoded} with the event as the body; the
// snapshot's body echoes the request, so only the headers are compared here.

const HEADERS = [
  'Accept',
  'Accept-Charset',
  'Accept-Encoding',
  'Age',
  'Authorization',
  'Connection',
  'Content-Encoding',
  'Content-Length',
  'Content-MD5',
  'Content-Type',
  'Date',
  'Expect',
  'Host',
  'Max-Forwards',
  'Pragma',
  'Proxy-Authenticate',
  'Range',
  'Referer',
  'Server',
  'TE',
  'Transfer-Encoding',
  'Trailer',
  'Upgrade',
  'User-Agent',
  'Via',
  'Warn',
  'WWW-Authenticate',
];

const full: IntegrationResponse[] = [
  {
    StatusCode: '200',
    ResponseParameters: Object.fromEntries(
      HEADERS.map((name) => [`method.response.header.${name}`, `'response_param_${name}'`]),
    ),
  },
];

const value = (name: string) => `response_param_${name}`;
const as = (names: string[], prefix = '') =>
  Object.fromEntries(names.map((name) => [`${prefix}${name}`, value(name)]));

const result = { statusCode: 200, body: '(the event, as JSON)', isBase64Encoded: false };
const provenance = (testCase: string) => ({ test: recordedTests.headerRemapping, case: testCase });

export const headerRemappingRecordings: LambdaIntegrationRecording[] = [
  {
    integration: 'lambda',
    name: 'no header mapped: Content-Type application/json, nothing remapped',
    responses: [{ StatusCode: '200' }],
    lambda: { result },
    client: {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      presentHeaders: ['x-amzn-RequestId'],
      absentHeaders: HEADERS.map((name) => `x-amzn-Remapped-${name}`),
    },
    provenance: provenance('no-param-integration'),
  },
  {
    integration: 'lambda',
    name: '27 headers mapped to static values: sent, remapped or dropped',
    responses: full,
    lambda: { result },
    client: {
      statusCode: 200,
      headers: {
        ...as([
          'Accept',
          'Accept-Charset',
          'Accept-Encoding',
          'Age',
          'Content-Encoding',
          'Content-Type',
          'Pragma',
          'Range',
          'Referer',
          'TE',
          'Warn',
        ]),
        ...as(
          [
            'Authorization',
            'Connection',
            'Content-Length',
            'Content-MD5',
            'Expect',
            'Host',
            'Max-Forwards',
            'Proxy-Authenticate',
            'Server',
            'Trailer',
            'Upgrade',
            'User-Agent',
            'WWW-Authenticate',
          ],
          'x-amzn-Remapped-',
        ),
      },
      // The snapshot hides these values behind placeholders: only their presence is recorded.
      presentHeaders: ['x-amzn-RequestId', 'x-amzn-Remapped-Date', 'Via'],
      // Remapped ones without a value of API Gateway's own, and the dropped one, under any name.
      absentHeaders: [
        'Authorization',
        'Content-MD5',
        'Expect',
        'Host',
        'Max-Forwards',
        'Proxy-Authenticate',
        'Server',
        'Trailer',
        'Upgrade',
        'User-Agent',
        'WWW-Authenticate',
        'Transfer-Encoding',
        'x-amzn-Remapped-Transfer-Encoding',
      ],
    },
    provenance: provenance('full-integration'),
  },
];
