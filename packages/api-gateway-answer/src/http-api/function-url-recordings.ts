import type { ClientAnswer, LocalStackProvenance } from '../recordings/recording';
import { functionUrlRecordedTests } from './evidence';

/** A Function URL case recorded from AWS: what the function returned or raised, what the client got. */
export interface FunctionUrlRecording {
  name: string;
  lambda: { result: unknown } | { error: { errorType: string; errorMessage: string } };
  client: ClientAnswer;
  provenance: LocalStackProvenance;
}

// Facts from LocalStack's AWS-validated Function URL tests (localstack/localstack, Apache-2.0),
// restated as data. The functions are Python: `True` is JSON true, a dict is compact JSON.
const invocation = (testCase: string) => ({
  test: functionUrlRecordedTests.invocation,
  case: testCase,
});
const JSON_TYPE = { 'Content-Type': 'application/json' };

export const functionUrlRecordings: FunctionUrlRecording[] = [
  {
    name: 'an object without statusCode',
    lambda: { result: { hello: 'world' } },
    client: { statusCode: 200, headers: JSON_TYPE, body: { json: { hello: 'world' } } },
    provenance: invocation('dict'),
  },
  {
    name: 'statusCode and a string body, no headers',
    lambda: { result: { statusCode: 200, body: 'body123' } },
    client: { statusCode: 200, headers: JSON_TYPE, body: { text: 'body123' } },
    provenance: invocation('http-response'),
  },
  {
    name: 'statusCode and a JSON string body',
    lambda: { result: { statusCode: 200, body: '{"hello": "world"}' } },
    client: { statusCode: 200, headers: JSON_TYPE, body: { text: '{"hello": "world"}' } },
    provenance: invocation('http-response-json'),
  },
  {
    name: 'an array',
    lambda: { result: ['hello', 3, true] },
    client: { statusCode: 200, headers: JSON_TYPE, body: { text: '["hello",3,true]' } },
    provenance: invocation('list-mixed'),
  },
  {
    name: 'a bare string: the body, unquoted',
    lambda: { result: 'hello' },
    client: { statusCode: 200, headers: JSON_TYPE, body: { text: 'hello' } },
    provenance: invocation('string'),
  },
  {
    name: 'an integer',
    lambda: { result: 3 },
    client: { statusCode: 200, headers: JSON_TYPE, body: { text: '3' } },
    provenance: invocation('integer'),
  },
  {
    name: 'a float',
    lambda: { result: 3.1 },
    client: { statusCode: 200, headers: JSON_TYPE, body: { text: '3.1' } },
    provenance: invocation('float'),
  },
  {
    name: 'a boolean',
    lambda: { result: true },
    client: { statusCode: 200, headers: JSON_TYPE, body: { text: 'true' } },
    provenance: invocation('boolean'),
  },
  {
    name: 'statusCode 201 with headers',
    lambda: {
      result: {
        statusCode: 201,
        headers: { 'Content-Type': 'application/json', 'My-Custom-Header': 'Custom Value' },
        body: '{"message": "hello-world"}',
        isBase64Encoded: false,
      },
    },
    client: {
      statusCode: 201,
      headers: { 'my-custom-header': 'Custom Value' },
      body: { json: { message: 'hello-world' } },
    },
    provenance: { test: functionUrlRecordedTests.headersAndStatus, case: 'statusCode 201' },
  },
  {
    name: 'statusCode as a string of digits ("418")',
    lambda: { result: { statusCode: '418', body: "i'm a teapot", isBase64Encoded: false } },
    client: { statusCode: 418, body: { text: "i'm a teapot" } },
    provenance: { test: functionUrlRecordedTests.headersAndStatus, case: 'statusCode "418"' },
  },
  {
    name: 'the function raised',
    lambda: { error: { errorType: 'Exception', errorMessage: 'unhandled' } },
    client: { statusCode: 502, body: { text: 'Internal Server Error' } },
    provenance: { test: functionUrlRecordedTests.exception, case: 'unhandled error' },
  },
  {
    name: 'the answer carries the request id',
    lambda: { result: 'hi' },
    client: { statusCode: 200, presentHeaders: ['x-amzn-RequestId'], body: { text: 'hi' } },
    provenance: { test: functionUrlRecordedTests.requestId, case: 'lambda_url_invocation' },
  },
];
