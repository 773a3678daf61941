import { recordedTests } from '../sources';
import type { ProxyRecording } from './recording';

// Facts from LocalStack's AWS-validated tests (localstack/localstack, Apache-2.0): what the
// function returned and what AWS sent the client, re-stated as data. The function in
// test_aws_proxy_response_payload_format_validation returns json.loads(event["body"]); the
// test sends no body when its case is {} (hence the Python TypeError of "empty-response").

const payloadFormat = (testCase: string) => ({ test: recordedTests.payloadFormat, case: testCase });
const responseFormat = (testCase: string) => ({
  test: recordedTests.responseFormat,
  case: testCase,
});

const INTERNAL_ERROR = { json: { message: 'Internal server error' } };
const EMPTY = { text: '' };
const GATEWAY_IDS = ['x-amzn-RequestId', 'x-amz-apigw-id'];

export const proxyRecordings: ProxyRecording[] = [
  {
    integration: 'proxy',
    name: 'statusCode alone',
    lambda: { result: { statusCode: 200 } },
    client: { statusCode: 200, body: EMPTY },
    provenance: payloadFormat('invoke-api-no-body'),
  },
  {
    integration: 'proxy',
    name: 'headers, one of them a boolean; no Content-Type',
    lambda: {
      result: { statusCode: 200, headers: { 'test-header': 'value', 'header-bool': true } },
    },
    client: {
      statusCode: 200,
      headers: {
        'Content-Type': 'application/json',
        'test-header': 'value',
        'header-bool': 'true',
      },
      presentHeaders: GATEWAY_IDS,
      body: EMPTY,
    },
    provenance: payloadFormat('invoke-api-with-headers'),
  },
  {
    integration: 'proxy',
    name: 'headers: null',
    lambda: { result: { statusCode: 200, headers: null } },
    client: {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      presentHeaders: GATEWAY_IDS,
      body: EMPTY,
    },
    provenance: payloadFormat('invoke-api-with-headers-null'),
  },
  {
    integration: 'proxy',
    name: 'an unknown key (wrongValue)',
    lambda: { result: { statusCode: 200, wrongValue: 'value' } },
    client: { statusCode: 502, body: INTERNAL_ERROR },
    provenance: payloadFormat('invoke-api-wrong-format'),
  },
  {
    integration: 'proxy',
    name: 'the function raised (it parsed a missing body)',
    lambda: {
      error: {
        errorType: 'TypeError',
        errorMessage: 'the JSON object must be str, bytes or bytearray, not NoneType',
      },
    },
    client: { statusCode: 502, body: INTERNAL_ERROR },
    provenance: payloadFormat('invoke-api-empty-response'),
  },
  {
    integration: 'proxy',
    name: 'isBase64Encoded: true, no binary media types',
    lambda: { result: { statusCode: 200, body: 'dGVzdC1kYXRh', isBase64Encoded: true } },
    client: { statusCode: 200, body: { text: 'dGVzdC1kYXRh' } },
    provenance: payloadFormat('invoke-api-b64-encoded-true'),
  },
  {
    integration: 'proxy',
    name: 'a base64 body without isBase64Encoded',
    lambda: { result: { statusCode: 200, body: 'dGVzdC1kYXRh' } },
    client: { statusCode: 200, body: { text: 'dGVzdC1kYXRh' } },
    provenance: payloadFormat('invoke-api-b64-encoded-false'),
  },
  {
    integration: 'proxy',
    name: 'multiValueHeaders',
    lambda: {
      result: { statusCode: 200, multiValueHeaders: { 'test-multi': ['value1', 'value2'] } },
    },
    client: {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json', 'test-multi': 'value1, value2' },
      presentHeaders: GATEWAY_IDS,
      body: EMPTY,
    },
    provenance: payloadFormat('invoke-api-multi-headers-valid'),
  },
  {
    integration: 'proxy',
    name: 'one name in headers and multiValueHeaders',
    lambda: {
      result: {
        statusCode: 200,
        multiValueHeaders: { 'test-multi': ['value-multi'] },
        headers: { 'test-multi': 'value-solo' },
      },
    },
    client: {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json', 'test-multi': 'value-multi, value-solo' },
      presentHeaders: GATEWAY_IDS,
      body: EMPTY,
    },
    provenance: payloadFormat('invoke-api-multi-headers-overwrite'),
  },
  {
    integration: 'proxy',
    name: 'one name in headers and multiValueHeaders, in another case',
    lambda: {
      result: {
        statusCode: 200,
        multiValueHeaders: { 'tesT-Multi': ['value-multi'] },
        headers: { 'test-multi': 'value-solo' },
      },
    },
    client: {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json', 'tesT-Multi': 'value-multi, value-solo' },
      presentHeaders: GATEWAY_IDS,
      body: EMPTY,
    },
    provenance: payloadFormat('invoke-api-multi-headers-overwrite-casing'),
  },
  {
    integration: 'proxy',
    name: 'a multiValueHeaders value that is not an array',
    lambda: { result: { statusCode: 200, multiValueHeaders: { 'test-multi-invalid': 'value1' } } },
    client: { statusCode: 502, body: INTERNAL_ERROR },
    provenance: payloadFormat('invoke-api-multi-headers-invalid'),
  },
  {
    integration: 'proxy',
    name: 'a statusCode that is not a number ("test")',
    lambda: { result: { statusCode: 'test' } },
    client: { statusCode: 502, body: INTERNAL_ERROR },
    provenance: payloadFormat('invoke-api-invalid-status-code'),
  },
  {
    integration: 'proxy',
    name: 'a statusCode as a string of digits ("201")',
    lambda: { result: { statusCode: '201' } },
    client: { statusCode: 201, body: EMPTY },
    provenance: payloadFormat('invoke-api-status-code-str'),
  },
  {
    integration: 'proxy',
    name: 'a bare string',
    lambda: { result: 'justAString' },
    client: { statusCode: 502, body: INTERNAL_ERROR },
    provenance: payloadFormat('invoke-api-just-string'),
  },
  {
    integration: 'proxy',
    name: 'headers and no statusCode',
    lambda: { result: { headers: { 'test-header': 'value' } } },
    client: { statusCode: 200, body: EMPTY },
    provenance: payloadFormat('invoke-api-only-headers'),
  },

  // The older test: the function answered by path; the test asserted status and body.
  {
    integration: 'proxy',
    name: '{statusCode: 200} (older test)',
    lambda: { result: { statusCode: 200 } },
    client: { statusCode: 200, body: EMPTY },
    provenance: responseFormat('/no-body'),
  },
  {
    integration: 'proxy',
    name: 'statusCode and headers (older test)',
    lambda: { result: { statusCode: 200, headers: { 'test-header': 'value' } } },
    client: { statusCode: 200, headers: { 'test-header': 'value' }, body: EMPTY },
    provenance: responseFormat('/only-headers'),
  },
  {
    integration: 'proxy',
    name: 'an unknown key (older test)',
    lambda: { result: { statusCode: 200, wrongValue: 'value' } },
    client: { statusCode: 502, body: INTERNAL_ERROR },
    provenance: responseFormat('/wrong-format'),
  },
  {
    integration: 'proxy',
    name: 'a result of {} (older test)',
    lambda: { result: {} },
    client: { statusCode: 200, body: EMPTY },
    provenance: responseFormat('/empty-response'),
  },

  // Lambda refused the call (the integration used GET, which Lambda's Invoke API refuses).
  {
    integration: 'proxy',
    name: 'an invocation Lambda refuses',
    lambda: { refused: 'invalid integration' },
    client: { statusCode: 500, body: INTERNAL_ERROR },
    provenance: {
      test: recordedTests.refusedInvocation,
      case: 'invocation-payload-with-get-proxy-method',
    },
  },
];
