import type { IntegrationResponse } from '../lambda-integration';
import { recordedTests } from '../sources';
import type { LambdaIntegrationRecording } from './recording';

// Facts from LocalStack's AWS-validated tests of the Lambda (non-proxy) integration
// (localstack/localstack, Apache-2.0), re-stated as data. The functions are Python: their
// error documents are Python's (errorMessage, errorType, requestId, stackTrace).

const pythonError = (errorMessage: string, line: number) => ({
  errorMessage,
  errorType: 'Exception',
  requestId: '<uuid>',
  stackTrace: [
    `  File "/var/task/lambda_select_pattern.py", line ${line}, in handler\n    raise Exception("${errorMessage}")\n`,
  ],
});

// test_lambda_selection_patterns as recorded in 2023: a default 200, 405 for ".*400.*", 502 for
// ".*5\d\d.*"; no templates.
const selection: IntegrationResponse[] = [
  { StatusCode: '200' },
  { StatusCode: '405', SelectionPattern: '.*400.*' },
  { StatusCode: '502', SelectionPattern: '.*5\\d\\d.*' },
];
const error400 = pythonError('Error: Raising 400 from within the Lambda function', 7);
const error500 = pythonError('Error: Raising 500 from within the Lambda function', 9);

// The same test as re-recorded in May 2025 (PR #12580): patterns that overlap, ".+" among them,
// and a 504 whose pattern "200" shows that the pattern is not matched against a status.
const overlapping: IntegrationResponse[] = [
  { StatusCode: '200', SelectionPattern: '' },
  { StatusCode: '405', SelectionPattern: '.*four hundred.*' },
  { StatusCode: '502', SelectionPattern: '.+' },
  { StatusCode: '504', SelectionPattern: '200' },
];
const errorFourHundred = pythonError(
  'Error: Raising four hundred from within the Lambda function',
  7,
);
const errorFiveHundred = pythonError(
  'Error: Raising five hundred from within the Lambda function',
  9,
);

// test_lambda_aws_integration_response_with_mapping_templates: one default 200 response whose
// template (tests/aws/files/response-template.vm) echoes the result and sets the status.
const overrideTemplate = [
  "#set($inputRoot = $input.path('$'))",
  '$input.json("$")',
  '#if($inputRoot.toString().contains("customerror"))',
  '    #set($context.responseOverride.status = 400)',
  '#else',
  '    #set($context.responseOverride.status = 202)',
  '#end',
  '',
].join('\n');
const withOverride: IntegrationResponse[] = [
  {
    StatusCode: '200',
    SelectionPattern: '',
    ResponseTemplates: { 'application/json': overrideTemplate },
  },
];

export const lambdaIntegrationRecordings: LambdaIntegrationRecording[] = [
  {
    integration: 'lambda',
    name: 'a success matches no pattern: the default response, the result passed through',
    responses: selection,
    lambda: { result: 'Pass' },
    client: { statusCode: 200, body: { json: 'Pass' } },
    provenance: { test: recordedTests.selectionPatterns, case: 'lambda-selection-pattern-200' },
  },
  {
    integration: 'lambda',
    name: 'an error matching ".*400.*": 405, the whole error document passed through',
    responses: selection,
    lambda: { error: error400 },
    client: { statusCode: 405, body: { json: error400 } },
    provenance: { test: recordedTests.selectionPatterns, case: 'lambda-selection-pattern-400' },
  },
  {
    integration: 'lambda',
    name: 'an error matching ".*5\\d\\d.*": 502, the whole error document passed through',
    responses: selection,
    lambda: { error: error500 },
    client: { statusCode: 502, body: { json: error500 } },
    provenance: { test: recordedTests.selectionPatterns, case: 'lambda-selection-pattern-500' },
  },
  {
    integration: 'lambda',
    name: 'a success, with ".+" configured for 502: the default 200 (a success is an empty message)',
    responses: overlapping,
    lambda: { result: 'Pass' },
    client: { statusCode: 200, body: { json: 'Pass' } },
    provenance: { test: recordedTests.overlappingPatterns, case: 'lambda-selection-pattern-200' },
  },
  {
    integration: 'lambda',
    name: 'an error matching ".*four hundred.*" (405) and ".+" (502): one of them, not a 500',
    responses: overlapping,
    lambda: { error: errorFourHundred },
    client: { statusCode: 405, body: { json: errorFourHundred } },
    provenance: { test: recordedTests.overlappingPatterns, case: 'lambda-selection-pattern-400' },
  },
  {
    integration: 'lambda',
    name: 'an error matching ".+" only: 502',
    responses: overlapping,
    lambda: { error: errorFiveHundred },
    client: { statusCode: 502, body: { json: errorFiveHundred } },
    provenance: { test: recordedTests.overlappingPatterns, case: 'lambda-selection-pattern-500' },
  },
  {
    integration: 'lambda',
    name: 'a template sets $context.responseOverride.status to 202',
    responses: withOverride,
    lambda: { result: { statusCode: 200, body: 'noerror' } },
    client: { statusCode: 202, body: { json: { body: 'noerror', statusCode: 200 } } },
    provenance: { test: recordedTests.mappingTemplates, case: 'response-template-202' },
  },
  {
    integration: 'lambda',
    name: 'a template sets $context.responseOverride.status to 400',
    responses: withOverride,
    lambda: { result: { statusCode: 200, body: 'customerror' } },
    client: { statusCode: 400, body: { json: { body: 'customerror', statusCode: 200 } } },
    provenance: { test: recordedTests.mappingTemplates, case: 'response-template-400' },
  },
  {
    integration: 'lambda',
    name: 'no template: the result passes through as JSON',
    responses: [{ StatusCode: '200' }],
    lambda: { result: { message: 'hello world' } },
    client: { statusCode: 200, body: { json: { message: 'hello world' } } },
    provenance: { test: recordedTests.passThrough, case: 'lambda-aws-integration' },
  },
];
