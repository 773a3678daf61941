/**
 * Where each rule of the model comes from, and how sure we are of it. Cited by the model (so a
 * failing check can say how sure it is), by the table-driven tests and by docs/local-vs-aws.md.
 *
 * Evidence levels, strongest first (docs/evidence.md explains them, and what they corrected):
 * - recorded: an answer captured from real AWS (the public ones are LocalStack's tests marked
 *   `@markers.aws.validated`, whose snapshots hold what AWS sent);
 * - documented: an AWS page says it;
 * - reported: an issue thread, a blog post or a public capture says it;
 * - inferred: we reasoned it from the above.
 * Only recorded or documented rules may fail a learner's step.
 */
export type EvidenceLevel = 'recorded' | 'documented' | 'reported' | 'inferred';

export interface Evidence {
  level: EvidenceLevel;
  /** A URL, or for a recording: repository, file, test, case and recording date. */
  source: string;
  /** What the source shows or says, in one sentence. */
  says: string;
}

/** Only these may fail a learner's step; the others earn a note. */
export function isFirm(evidence: Evidence): boolean {
  return evidence.level === 'recorded' || evidence.level === 'documented';
}

export const sources = {
  proxyOutputFormat:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format',
  malformed502: 'https://repost.aws/knowledge-center/malformed-502-api-gateway',
  objectBodyThread: 'https://github.com/vincentsarago/lambda-proxy/issues/59',
  statusInMessageThread: 'https://github.com/serverless/serverless/issues/4119',
  handlerErrors:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html',
  importantNotes:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  binaryMedia:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/lambda-proxy-binary-media.html',
  payloadEncodings:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html',
  lambdaQuotas: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  apiGatewayQuotas:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  /** AWS What's New, 4 June 2024: Regional and private REST APIs may raise the integration timeout above 29 s. */
  longerIntegrationTimeout:
    'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
  gatewayResponseTypes:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html',
  nodejsHandler: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
  /** Lambda's guide: a refused invocation is a 500; a function error or a wrong-format result a 502. */
  lambdaApiGatewayErrors:
    'https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html',
  cors: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  // The Lambda (non-proxy) integration.
  integrationResponses:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html',
  selectionPattern:
    'https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html',
  /**
   * Reported (a blog post, 8 October 2019, as mirrored): on AWS the pattern "Invalid*" from an
   * example of AWS's guide selected nothing for the error "Invalid …" (the client got 200), and
   * "Invalid.*" did; the author reported it to AWS, whose guide now writes patterns with ".*".
   */
  startOnlyPatternReport: 'https://jpdebug.com/p/1507542',
  /** Reported (serverless-offline v2.2.5): its selection regex "now ends with $ (just like APIG)". */
  offlineAnchorsPatterns: 'https://github.com/dherault/serverless-offline/releases/tag/v2.2.5',
  nodejsErrors: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html',
  mappingTemplates:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html',
  responseOverride:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html',
  /** Also reported: patterns are tried on successes too, as an empty message. */
  successMatchedAsEmpty: 'https://mattandre.ws/2016/06/catching-all-errors-api-gateway-aws-lambda/',
  /** Reported by a user comparing AWS with LocalStack: on AWS a success's errorMessage is empty, so `.+` does not catch it (the issue behind PR #12580). */
  successEmptyOnAws: 'https://github.com/localstack/localstack/issues/12574',
  /** Reported for a WebSocket API (the same message REST APIs log): no matching response and no default → "Execution failed due to configuration error". */
  noDefaultMapping: 'https://repost.aws/questions/QU5uSB74xLRg2NBJ4MGzQbgw',
  /** A public capture (2020) of a REST API's 502: x-amzn-errortype: InternalServerErrorException. */
  errorTypeCapture502: 'https://github.com/aws-amplify/amplify-js/issues/6931',
  /** Public captures (2025) of a REST API's 502 and 504 (INTEGRATION_TIMEOUT), both with x-amzn-errortype: InternalServerErrorException. */
  errorTypeCapture504: 'https://github.com/DataBiosphere/azul/pull/7502',
  /** Lambda's Node.js runtime interface client: how a console call reaches CloudWatch Logs. */
  nodejsLogPatch:
    'https://github.com/aws/aws-lambda-nodejs-runtime-interface-client/blob/main/src/LogPatch.js',
  /** A framework user's report: API Gateway refused a request template that did not render as JSON. */
  requestTemplateNotJson: 'https://github.com/serverless/serverless/issues/3088',
  /** The LocalStack change that re-recorded test_lambda_selection_patterns with overlapping patterns. */
  selectionPatternsChange: 'https://github.com/localstack/localstack/pull/12580',
  // Routing.
  /** REST: a proxy resource, its greedy path variable {proxy+} and the ANY method. */
  proxyResource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html',
  /** REST: resources, path parameters and the proxy resource of a method request. */
  methodRequest:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html',
  /** HTTP API: routes, path variables, ANY, $default and how a request picks its route. */
  httpApiRoutes:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html',
  /** HTTP API: the Lambda integration's payload formats 1.0 and 2.0. */
  httpApiPayload:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
} as const;

/** A LocalStack test validated against AWS: its snapshot holds what AWS answered. */
export interface RecordedTest {
  repository: 'localstack/localstack';
  file: string;
  test: string;
  /** The snapshot's "recorded-date" (or the validation file's last_validated_date), ISO. */
  recorded: string;
  /** Where the answers are: a snapshot file, or the test's own assertions. */
  answersIn: string;
}

const LAMBDA_TESTS = 'tests/aws/services/apigateway/test_apigateway_lambda.py';
const LAMBDA_SNAPSHOT = 'tests/aws/services/apigateway/test_apigateway_lambda.snapshot.json';
const INTEGRATION_TESTS = 'tests/aws/services/apigateway/test_apigateway_integrations.py';
const INTEGRATION_SNAPSHOT =
  'tests/aws/services/apigateway/test_apigateway_integrations.snapshot.json';

export const recordedTests = {
  payloadFormat: {
    repository: 'localstack/localstack',
    file: LAMBDA_TESTS,
    test: 'test_aws_proxy_response_payload_format_validation',
    recorded: '2024-11-15T17:48:06',
    answersIn: LAMBDA_SNAPSHOT,
  },
  responseFormat: {
    repository: 'localstack/localstack',
    file: LAMBDA_TESTS,
    test: 'test_lambda_aws_proxy_response_format',
    recorded: '2024-02-23T18:39:48',
    answersIn: `the test's assertions (status and body), validated per tests/aws/services/apigateway/test_apigateway_lambda.validation.json`,
  },
  binaryResponse: {
    repository: 'localstack/localstack',
    file: LAMBDA_TESTS,
    test: 'test_aws_proxy_binary_response',
    recorded: '2025-01-29T00:14:36',
    answersIn: `the test's assertions (the status, and the body compared as bytes or as the base64 text), validated per tests/aws/services/apigateway/test_apigateway_lambda.validation.json`,
  },
  headerRemapping: {
    repository: 'localstack/localstack',
    file: INTEGRATION_TESTS,
    test: 'TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_aws[AWS]',
    recorded: '2024-12-11T15:29:40',
    answersIn: INTEGRATION_SNAPSHOT,
  },
  headerRemappingHttpProxy: {
    repository: 'localstack/localstack',
    file: INTEGRATION_TESTS,
    test: 'TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP_PROXY]',
    recorded: '2024-12-11T15:29:02',
    answersIn: INTEGRATION_SNAPSHOT,
  },
  refusedInvocation: {
    repository: 'localstack/localstack',
    file: LAMBDA_TESTS,
    test: 'test_lambda_aws_proxy_integration_non_post_method',
    recorded: '2024-03-20T22:16:43',
    answersIn: LAMBDA_SNAPSHOT,
  },
  selectionPatterns: {
    repository: 'localstack/localstack',
    file: LAMBDA_TESTS,
    test: 'test_lambda_selection_patterns, before PR #12580 (405 for ".*400.*", 502 for ".*5\\d\\d.*")',
    recorded: '2023-09-05T21:54:21',
    answersIn: `${LAMBDA_SNAPSHOT} as it was before commit 7a2f96f5e (PR #12580)`,
  },
  overlappingPatterns: {
    repository: 'localstack/localstack',
    file: LAMBDA_TESTS,
    test: 'test_lambda_selection_patterns, as changed by PR #12580 (a default 200 with pattern "", 405 for ".*four hundred.*", 502 for ".+", 504 for "200")',
    recorded: '2025-05-05T14:10:11',
    answersIn: `${LAMBDA_SNAPSHOT} from commit 7a2f96f5e (${sources.selectionPatternsChange}) on`,
  },
  mappingTemplates: {
    repository: 'localstack/localstack',
    file: LAMBDA_TESTS,
    test: 'test_lambda_aws_integration_response_with_mapping_templates',
    recorded: '2023-09-17T09:11:22',
    answersIn: LAMBDA_SNAPSHOT,
  },
  passThrough: {
    repository: 'localstack/localstack',
    file: LAMBDA_TESTS,
    test: 'test_lambda_aws_integration',
    recorded: '2023-05-31T23:11:42',
    answersIn: LAMBDA_SNAPSHOT,
  },
} as const satisfies Record<string, RecordedTest>;

export function describeRecordedTest(test: RecordedTest, testCase?: string): string {
  return `${test.repository} ${test.file}::${test.test}${testCase ? `, case "${testCase}"` : ''}, recorded ${test.recorded} (answers in ${test.answersIn})`;
}

/** Evidence of each level, with where it comes from and what it says. */
export const recorded = (test: RecordedTest, testCase: string, says: string): Evidence => ({
  level: 'recorded',
  source: describeRecordedTest(test, testCase),
  says,
});
export const documented = (source: string, says: string): Evidence => ({
  level: 'documented',
  source,
  says,
});
export const reported = (source: string, says: string): Evidence => ({
  level: 'reported',
  source,
  says,
});
export const inferred = (says: string): Evidence => ({
  level: 'inferred',
  source: 'inferred by this workshop',
  says,
});

const T = recordedTests;

/** The evidence for each rule the model applies, by name. */
export const evidence = {
  // What Lambda hands API Gateway.
  functionError: recorded(
    T.payloadFormat,
    'invoke-api-empty-response',
    'a function that raised (it parsed a missing body) came back 502 {"message": "Internal server error"} (documented too: "If the function runs but returns an error, or returns a response in the wrong format, API Gateway returns a 502", ' +
      sources.lambdaApiGatewayErrors +
      ')',
  ),
  statusInMessage: recorded(
    T.payloadFormat,
    'invoke-api-empty-response',
    'a function error is a 502 whatever its message says; the message is not read (also reported: ' +
      sources.statusInMessageThread +
      ')',
  ),
  unserialisable: documented(
    sources.nodejsHandler,
    'the Node.js runtime turns the returned value into JSON; a value it cannot serialise fails the invocation, a function error (502, recorded)',
  ),
  payloadTooLarge: documented(
    sources.lambdaQuotas,
    "a synchronous invocation's response is limited to 6 MB; a larger one fails the invocation (a function error: 502)",
  ),
  consoleCallOneRecord: reported(
    sources.nodejsLogPatch,
    "the Node.js runtime writes each console call as one framed record to the telemetry log descriptor (_LAMBDA_TELEMETRY_LOG_FD), newlines kept, so one call is one log event; only without that descriptor does it write to stdout and turn \\n into \\r (read in the runtime's source, commit 1597e2a9)",
  ),
  // The shape of the proxy result.
  bareString: recorded(
    T.payloadFormat,
    'invoke-api-just-string',
    'a bare string result came back 502',
  ),
  notAnObject: inferred(
    'null and arrays are no more an object than the recorded bare string (502)',
  ),
  unknownKey: recorded(
    T.payloadFormat,
    'invoke-api-wrong-format',
    '{statusCode: 200, wrongValue: "value"} came back 502 (also in test_lambda_aws_proxy_response_format, "wrong-format")',
  ),
  cookiesKey: inferred(
    'cookies is a payload 2.0 field; whether a REST API rejects it like any unknown key is not recorded',
  ),
  statusMissing: recorded(
    T.payloadFormat,
    'invoke-api-only-headers',
    '{headers: {...}} with no statusCode came back 200, empty body',
  ),
  statusNumericString: recorded(
    T.payloadFormat,
    'invoke-api-status-code-str',
    'statusCode "201" came back 201',
  ),
  statusNotNumeric: recorded(
    T.payloadFormat,
    'invoke-api-invalid-status-code',
    'statusCode "test" came back 502',
  ),
  statusOddValue: inferred(
    'a statusCode that is neither a whole number nor a string of digits (400.5, null, true) is not recorded',
  ),
  objectBody: reported(
    sources.objectBodyThread,
    'an execution log in a public issue shows an object body as "Malformed Lambda proxy response"',
  ),
  otherBody: inferred(
    'a number or boolean body is not recorded; the output format asks for a string',
  ),
  isBase64NotBoolean: inferred('a non-boolean isBase64Encoded is not recorded'),
  headersNotObject: inferred('headers that are not an object are not recorded'),
  headerValueNotScalar: inferred(
    'a headers value that is an array or object is not recorded (multiValueHeaders is for several values)',
  ),
  multiValueNotArray: recorded(
    T.payloadFormat,
    'invoke-api-multi-headers-invalid',
    'multiValueHeaders {"test-multi-invalid": "value1"} came back 502',
  ),
  multiValueItemNotScalar: inferred('a multiValueHeaders item that is an object is not recorded'),
  // A well-formed result and what API Gateway does with it.
  delivered: recorded(
    T.payloadFormat,
    'invoke-api-with-headers',
    'statusCode and headers reach the client as the function set them',
  ),
  noBody: recorded(
    T.payloadFormat,
    'invoke-api-no-body',
    '{statusCode: 200} came back 200 with an empty body',
  ),
  emptyObject: recorded(
    T.responseFormat,
    'empty-response',
    'a result of {} came back 200 with an empty body',
  ),
  headersNull: recorded(
    T.payloadFormat,
    'invoke-api-with-headers-null',
    'headers: null is accepted',
  ),
  booleanHeader: recorded(
    T.payloadFormat,
    'invoke-api-with-headers',
    'a boolean header value true reached the client as "true"',
  ),
  numberHeader: inferred('a number header value is sent as text, like the recorded boolean'),
  multiValue: recorded(
    T.payloadFormat,
    'invoke-api-multi-headers-valid',
    'multiValueHeaders {"test-multi": ["value1", "value2"]} reached the client as "value1, value2"',
  ),
  duplicateHeaders: recorded(
    T.payloadFormat,
    'invoke-api-multi-headers-overwrite(-casing)',
    'the same name in headers and multiValueHeaders (any case) reached the client as "value-multi, value-solo": both, multi-value first',
  ),
  defaultContentType: recorded(
    T.payloadFormat,
    'invoke-api-no-body',
    "with no Content-Type from the function the client got Content-Type: application/json, empty body included (also in AWS's important notes)",
  ),
  requestIds: recorded(
    T.payloadFormat,
    'invoke-api-with-headers',
    'API Gateway adds x-amzn-RequestId and x-amz-apigw-id to every answer',
  ),
  base64WithoutBinaryTypes: recorded(
    T.payloadFormat,
    'invoke-api-b64-encoded-true',
    'isBase64Encoded: true with no binary media types configured: the client got the base64 text',
  ),
  // Binary media types (provider.apiGateway.binaryMediaTypes): when a base64 body becomes bytes.
  binaryAcceptMatches: recorded(
    T.binaryResponse,
    'Accept image/png, binaryMediaTypes image/png',
    'isBase64Encoded: true and an Accept that is one of the binary media types: the client got the decoded bytes',
  ),
  binaryAcceptNoMatch: recorded(
    T.binaryResponse,
    'Accept image/jpg, image/*, */* or application, binaryMediaTypes without them',
    'an Accept that is not one of the binary media types, a wildcard Accept included: the client got the base64 text',
  ),
  binaryFirstAccept: recorded(
    T.binaryResponse,
    'Accept image/webp,image/png,*/*;q=0.8 and image/png,image/*,*/*;q=0.8',
    `only the first media type of Accept counts (also documented: ${sources.payloadEncodings})`,
  ),
  binarySubtypeWildcard: recorded(
    T.binaryResponse,
    'binaryMediaTypes application/*',
    'Accept application/whatever, application/test and application/* all got the bytes',
  ),
  binaryTypeWildcard: recorded(
    T.binaryResponse,
    'binaryMediaTypes */test',
    'neither Accept */test nor random/test got the bytes: a star on the left matches nothing',
  ),
  binaryAllTypes: documented(
    sources.payloadEncodings,
    '"*/*" includes all content types: set it when you cannot control the order of the Accept values',
  ),
  binaryContentTypeIgnored: recorded(
    T.binaryResponse,
    'Content-Type image/png, application/whatever or none, with Accept image/png or image/jpg',
    "only Accept decides: the function's Content-Type plays no part",
  ),
  binaryNotEncoded: recorded(
    T.binaryResponse,
    'isBase64Encoded: false, Accept image/png, binaryMediaTypes image/png',
    'the body reached the client as the text it is',
  ),
  binaryNotBase64: recorded(
    T.binaryResponse,
    'body "èé+à)(", isBase64Encoded: true, Accept image/png',
    `a body that is not base64 came back 500; documented too: the gateway response type API_CONFIGURATION_ERROR covers "a base64 decoding failure" (${sources.gatewayResponseTypes}); the body of that 500 was not recorded ({"message": "Internal server error"} is inferred), nor what AWS does with base64 of another alphabet or without padding`,
  ),
  binaryMatchDetails: inferred(
    "media types are compared as written (case included) and without their parameters (q=0.8), as LocalStack does, and of several Accept headers the first counts; a request with no Accept gets no bytes unless */* is configured (the recording's client always sent one: */* when the test named none)",
  ),
  // Headers API Gateway renames or drops: documented for the Lambda proxy, recorded for the
  // non-proxy and HTTP_PROXY integrations.
  remapped: documented(
    sources.importantNotes,
    "for a Lambda integration, AWS's known issues for REST APIs list Authorization, Connection, Content-MD5, Max-Forwards, User-Agent and WWW-Authenticate as remapped in the response: the client gets them as x-amzn-Remapped-<name>",
  ),
  remappedOverwritten: documented(
    sources.importantNotes,
    'Date and Server from a Lambda integration are "remapped and overwritten": the client gets the function\'s value as x-amzn-Remapped-<name> and API Gateway\'s own under the name',
  ),
  droppedByProxy: documented(
    sources.importantNotes,
    'Expect, Host, Proxy-Authenticate, TE, Trailer, Transfer-Encoding, Upgrade and Via from a Lambda integration are dropped: the client never gets them',
  ),
  contentLengthPassed: documented(
    sources.importantNotes,
    'Content-Length from a Lambda integration is passed through (an older version of the page had it remapped); the non-proxy and HTTP_PROXY recordings remap it',
  ),
  remappedNonProxy: recorded(
    T.headerRemapping,
    'full-integration',
    'a method response setting 27 headers through static response parameters: Authorization, Connection, Content-Length, Content-MD5, Date, Expect, Host, Max-Forwards, Proxy-Authenticate, Server, Trailer, Upgrade, User-Agent and WWW-Authenticate came back as x-amzn-Remapped-<name>',
  ),
  droppedNonProxy: recorded(
    T.headerRemapping,
    'full-integration',
    'Transfer-Encoding set through a response parameter reached the client under no name at all',
  ),
  passedNonProxy: recorded(
    T.headerRemapping,
    'full-integration',
    'Accept, Accept-Charset, Accept-Encoding, Age, Content-Encoding, Content-Type, Pragma, Range, Referer, TE and Warn came back as set; Via came back (its value was not recorded)',
  ),
  remappedHttpProxy: recorded(
    T.headerRemappingHttpProxy,
    'no-param-integration',
    "the HTTP backend's Connection, Content-Length, Date and Server came back as x-amzn-Remapped-<name>, its Content-Type and Access-Control-* as they were; it sent no other header, so the recording is silent on the rest",
  ),
  noCors: documented(
    sources.cors,
    'with a proxy integration the function must return the CORS headers itself',
  ),
  // Failures before or around the function.
  lambdaTimeout: inferred(
    'a Lambda timeout fails the invocation (Sandbox.Timedout), which a proxy integration answers like any function error: 502',
  ),
  integrationTimeout: documented(
    sources.apiGatewayQuotas,
    "the REST integration timeout is 50 ms to 29 s by default, the most an edge-optimized API (the framework's default endpoint type) may have; since June 2024 a Regional or private REST API may raise it above 29 s, which may cost account-level throttle quota (" +
      sources.longerIntegrationTimeout +
      '); past it API Gateway answers 504 (INTEGRATION_TIMEOUT); the body {"message": "Endpoint request timed out"} is reported, not documented',
  ),
  refusedInvocation: recorded(
    T.refusedInvocation,
    'invocation-payload-with-get-proxy-method',
    'an invocation Lambda refused came back 500 {"message": "Internal server error"}; documented for every refusal (throttled, no permission): "If the Lambda API rejects the invocation request, API Gateway returns a 500 error code" (' +
      sources.lambdaApiGatewayErrors +
      ')',
  ),
  errorTypeHeader: reported(
    `${sources.errorTypeCapture502} and ${sources.errorTypeCapture504}`,
    "API Gateway's own 5xx answers (a malformed result's or a failed function's 502, a refusal's 500, a timeout's 504) carry x-amzn-ErrorType: InternalServerErrorException in public captures of real AWS; no AWS page documents the header and no recording we replay holds it",
  ),
  gatewayResponse5xx: inferred(
    "DEFAULT_5XX applies to every 5XX without a response type of its own (documented); that a malformed result's 502 is one of them is not recorded",
  ),
  // The Lambda (non-proxy) integration.
  selectionByPattern: recorded(
    T.selectionPatterns,
    'lambda-selection-pattern-400',
    'an error "Error: Raising 400 from within the Lambda function", which matched ".*400.*", came back with that response\'s status, 405',
  ),
  patternWholeMessage: documented(
    `${sources.selectionPattern} and ${sources.handlerErrors}`,
    'a pattern selects a response only if it matches the whole errorMessage. No page says it in those words; AWS\'s IntegrationResponse reference says that .+ catches an error message only if it "does not contain any newline (\\n) character", which is true only of a match of the whole message (a pattern that may match a part of it, at its start as LocalStack\'s re.match does or anywhere as Java\'s find() does, catches the first line), and AWS\'s examples ("Malformed.*" for "Malformed input …") are written to match all of it. Reported from AWS: "Invalid*" selected nothing for an error "Invalid …", "Invalid.*" did (' +
      sources.startOnlyPatternReport +
      '); serverless-offline anchors its patterns at the end "just like APIG" (' +
      sources.offlineAnchorsPatterns +
      '). No recording tests a pattern that matches only a part (the recorded ".*400.*" and ".*four hundred.*" match whole messages)',
  ),
  dotNoNewline: documented(
    sources.selectionPattern,
    'with a pattern like .+, "make sure that the error response does not contain any newline (\\n) character"',
  ),
  defaultForUnmatched: documented(
    sources.handlerErrors,
    'an error message no pattern matches gets the default response (the one without a pattern)',
  ),
  passThrough: recorded(
    T.passThrough,
    'lambda-aws-integration',
    "with no template the client got the function's result as JSON",
  ),
  errorDocumentPassThrough: recorded(
    T.selectionPatterns,
    'lambda-selection-pattern-400',
    'with no template the client got the whole error document, stack trace included',
  ),
  template: recorded(
    T.mappingTemplates,
    'response-template-202',
    'the response template rendered the body',
  ),
  responseOverride: recorded(
    T.mappingTemplates,
    'response-template-400',
    '#set($context.responseOverride.status = 400) in the template made the status 400',
  ),
  overlappingPatterns: recorded(
    T.overlappingPatterns,
    'lambda-selection-pattern-400',
    'an error "Error: Raising four hundred from within the Lambda function", matching ".*four hundred.*" (405) and ".+" (502), came back 405: one of the matching responses, not a 500',
  ),
  overlappingChoice: inferred(
    'which of two matching patterns wins is not documented; the model takes the lowest status (the recorded 405 over 502)',
  ),
  successAsEmpty: documented(
    sources.handlerErrors,
    'a success is matched as an empty message: a selection pattern of ".*" "will match all error messages, including null", so a catch-all such as "[\\s\\S]*" catches successes too (also reported: ' +
      sources.successMatchedAsEmpty +
      ')',
  ),
  successNotCaughtByPlus: recorded(
    T.overlappingPatterns,
    'lambda-selection-pattern-200',
    'a success ("Pass") came back 200 from the default response although ".+" was a 502\'s pattern: an empty message does not match ".+" (also reported: ' +
      sources.successEmptyOnAws +
      ')',
  ),
  noDefault: documented(
    sources.gatewayResponseTypes,
    'an error no pattern matches, with no default response, is a 500: the gateway response type API_CONFIGURATION_ERROR (500) covers "no match for an integration response when no default mapping is configured"; the handler errors page says API Gateway "throws an invalid configuration exception" (' +
      sources.handlerErrors +
      '), and the log says "Execution failed due to configuration error" (reported: ' +
      sources.noDefaultMapping +
      ')',
  ),
  // Routing: which method of which resource (REST) or which route (HTTP API) a request reaches.
  restPathParameter: documented(
    sources.methodRequest,
    'a resource path part in braces, /items/{id}, is a path parameter: it matches one segment, and the Lambda proxy event carries it in pathParameters',
  ),
  restGreedyPath: documented(
    sources.proxyResource,
    'a greedy path variable {proxy+} at the end of a resource catches every child resource below it, and the event carries the rest of the path as pathParameters.proxy',
  ),
  restAnyMethod: documented(
    sources.proxyResource,
    'the ANY method of a resource serves every HTTP method; greedy path variables, ANY and proxy integrations are independent features',
  ),
  restSpecificity: inferred(
    "a literal segment wins over a path parameter, which wins over a greedy path, and a method of its own over ANY: documented for HTTP APIs (a full match, then a greedy path variable, then $default), not for REST; LocalStack's and SAM CLI's routers order REST resources the same way",
  ),
  restQueryParameters: documented(
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format',
    'the Lambda proxy event carries queryStringParameters and multiValueQueryStringParameters (null without a query string); of a repeated name, queryStringParameters holds the last value',
  ),
  restPathParameterDecoding: inferred(
    'that REST path parameters reach the function percent-decoded, as the HTTP API documents for its own, is not documented for REST',
  ),
  httpApiRouteMatch: documented(
    sources.httpApiRoutes,
    'a route is a method and a path, with {param} and a greedy {proxy+} at its end; ANY matches the methods no route of the path defines; a request picks the full match first, then a greedy path variable, then $default',
  ),
  httpApiParameters: documented(
    sources.httpApiPayload,
    'payload 2.0 carries rawQueryString as sent, queryStringParameters with the values of a repeated name joined by commas, and pathParameters decoded (API Gateway decodes URL-encoded request parameters)',
  ),
  functionUrlEveryPath: documented(
    'https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html',
    "a function URL has no routes: every method and path reaches the function, which reads them from the event's rawPath and requestContext.http.method",
  ),
  // What the local API answers when the request or the answer cannot be handled as usual.
  requestTooLarge: documented(
    sources.apiGatewayQuotas,
    'a REST or HTTP API accepts a request payload of at most 10 MB; past it API Gateway answers 413 itself (the REQUEST_TOO_LARGE gateway response, ' +
      sources.gatewayResponseTypes +
      '); the function never runs. "Customizing the default gateway response for 413 REQUEST_TOO_LARGE isn\'t currently supported" (' +
      sources.importantNotes +
      '): a DEFAULT_4XX gateway response gives that 413 no header. The body {"message":"Request Too Long"} is neither documented nor recorded here',
  ),
  functionUrlRequestTooLarge: inferred(
    "a Function URL passes the request to Lambda's synchronous Invoke, whose request payload is limited to 6 MB (documented: " +
      sources.lambdaQuotas +
      '); that the client then gets a 413 is not documented',
  ),
  mockPreflight: documented(
    sources.cors,
    "an OPTIONS method on a MOCK integration (what the framework makes for cors: true) is answered by API Gateway itself from the integration response's static values, whatever the Origin; the function never runs",
  ),
  missingAuthenticationToken: documented(
    sources.gatewayResponseTypes,
    'MISSING_AUTHENTICATION_TOKEN (403) is the gateway response for a missing authentication token, "including the cases when the client attempts to invoke an unsupported API method or resource"; its body {"message":"Missing Authentication Token"} and x-amzn-ErrorType MissingAuthenticationTokenException are what clients see',
  ),
  pathOutsideStage: inferred(
    'a path whose first segment is none of the API\'s stages: the execute-api domain answers 403 {"message":"Forbidden"}, as clients see it; neither documented nor recorded here',
  ),
  requestBodyNotJson: reported(
    sources.requestTemplateNotJson,
    'a Lambda-integration request whose rendered request template was not JSON got {"message": "Could not parse request body into json: …"} from API Gateway, the function never ran; the framework\'s template renders the body with $input.json(\'$\'), so a body that is not JSON does the same (inferred), and the 400 status is not stated there',
  ),
  headerNotSendable: inferred(
    'a header name or value that HTTP cannot carry (a line break, a control character, a name with a space): what API Gateway sends then is neither documented nor recorded; the local API answers as for a malformed result rather than send a broken response',
  ),
} satisfies Record<string, Evidence>;
