import type { Evidence, RecordedTest } from '../sources';
import { documented, inferred, recorded } from '../sources';

/** Where the HTTP API (payload 2.0 and 1.0) and Function URL rules come from. */
export const httpApiSources = {
  lambdaIntegration:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
  statusCodesKnowledgeCenter:
    'https://repost.aws/knowledge-center/api-gateway-status-codes-http-api',
  troubleshootingLambda:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-lambda.html',
  cors: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html',
  functionUrlInvocation: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html',
  functionUrlCors: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors',
  functionUrlStreaming: 'https://docs.aws.amazon.com/lambda/latest/dg/config-rs-invoke-furls.html',
  /** The Fetch standard's CORS-preflight fetch, and its list of CORS-safelisted methods. */
  fetchCorsPreflight: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
  /** serverless-offline does not serve Function URLs (open issue). */
  offlineFunctionUrls: 'https://github.com/dherault/serverless-offline/issues/1382',
} as const;

const LAMBDA_URL_TESTS = 'tests/aws/services/lambda_/test_lambda.py';
const LAMBDA_URL_SNAPSHOT = 'tests/aws/services/lambda_/test_lambda.snapshot.json';

/** LocalStack's Function URL tests validated against AWS (their snapshots hold AWS's answers). */
export const functionUrlRecordedTests = {
  invocation: {
    repository: 'localstack/localstack',
    file: LAMBDA_URL_TESTS,
    test: 'TestLambdaURL::test_lambda_url_invocation',
    recorded: '2025-11-24T23:09:04',
    answersIn: LAMBDA_URL_SNAPSHOT,
  },
  exception: {
    repository: 'localstack/localstack',
    file: LAMBDA_URL_TESTS,
    test: 'TestLambdaURL::test_lambda_url_invocation_exception',
    recorded: '2025-11-24T23:09:56',
    answersIn: `the test's assertions (status and body), validated per ${LAMBDA_URL_SNAPSHOT}`,
  },
  headersAndStatus: {
    repository: 'localstack/localstack',
    file: LAMBDA_URL_TESTS,
    test: 'TestLambdaURL::test_lambda_url_headers_and_status',
    recorded: '2025-11-24T23:09:49',
    answersIn: `the test's assertions (status, headers and body), validated per ${LAMBDA_URL_SNAPSHOT}`,
  },
  requestId: {
    repository: 'localstack/localstack',
    file: LAMBDA_URL_TESTS,
    test: 'TestRequestIdHandling::test_request_id_invoke_url',
    recorded: '2025-11-24T23:28:15',
    answersIn: LAMBDA_URL_SNAPSHOT,
  },
} as const satisfies Record<string, RecordedTest>;

const S = httpApiSources;
const U = functionUrlRecordedTests;

/** The evidence for each HTTP API and Function URL rule the model applies, by name. */
export const httpApiEvidence = {
  // HTTP API, payload format 2.0.
  v2InferredObject: documented(
    S.lambdaIntegration,
    'with payload 2.0, a function that returns valid JSON without statusCode is answered 200, content-type application/json, the value as the body (also the knowledge-center article ' +
      S.statusCodesKnowledgeCenter +
      ')',
  ),
  v2InferredString: documented(
    `${S.lambdaIntegration}#http-api-develop-integrations-lambda.v2`,
    'with payload 2.0 a string result is answered 200, content-type application/json, the string itself as the body, unquoted: AWS\'s example interprets "Hello from Lambda!" as {"statusCode": 200, "body": "Hello from Lambda!"} (replayed: http-api-documented-examples.ts); a Function URL was recorded doing the same',
  ),
  v2InferredOther: inferred(
    'a number, boolean, array or null result on an HTTP API: answered like a Function URL (recorded there): 200, application/json, the JSON text as the body',
  ),
  v2StatusUsed: documented(
    S.lambdaIntegration,
    'a payload 2.0 result with statusCode is the response: statusCode, headers, cookies, body, isBase64Encoded',
  ),
  v2Cookies: documented(
    S.lambdaIntegration,
    'payload 2.0 adds a cookies field; in the response to the client each cookie becomes a set-cookie header',
  ),
  v2NoMultiValueHeaders: inferred(
    "AWS documents that format 2.0 doesn't have multiValueHeaders for the request event (" +
      S.lambdaIntegration +
      '); that a header set only there in the response never reaches the client is inferred, not recorded',
  ),
  v2DefaultContentType: inferred(
    'with statusCode and no content-type from the function: application/json, as recorded for a Function URL',
  ),
  v2StatusNumericString: inferred(
    'statusCode "418" is 418 on a Function URL (recorded); the HTTP API is taken to read it the same way',
  ),
  v2StatusNotNumeric: inferred(
    'a statusCode that is not a whole number: an HTTP API answers 500 Internal Server Error; not recorded',
  ),
  v2BodyNotString: inferred(
    'a payload 2.0 body that is not a string: not recorded; the response format asks for a string',
  ),
  v2HeadersNotScalar: inferred(
    'a payload 2.0 header value that is an array or object: not recorded',
  ),
  v2CookiesNotStrings: inferred('cookies that are not an array of strings: not recorded'),
  v2UnknownKey: inferred(
    'an unknown top-level key next to statusCode: not recorded; the model ignores it',
  ),
  // HTTP API, both formats.
  functionError: documented(
    S.troubleshootingLambda,
    'an HTTP API whose Lambda integration fails answers {"message":"Internal Server Error"}, a 500 (not the 502 of a REST API)',
  ),
  v1Malformed: documented(
    S.statusCodesKnowledgeCenter,
    'with payload 1.0 the function must return the 1.0 response format: for a result that is not one (a string, an array, null), API Gateway "doesn\'t make assumptions of the response and returns a 500 error"',
  ),
  v1RestRule: inferred(
    'which 1.0 objects an HTTP API cannot read is not documented, and it does not validate as a REST API does (an unknown key is served): the REST rule the model applies here (a 500 for a statusCode that is not a number, multiValueHeaders that are not arrays, a body that is not a string…) is inferred',
  ),
  v1UnknownKeyServed: inferred(
    'with payload 1.0 an HTTP API serves {"statusCode": 200, "wrongValue": "x"} as a 200, where a REST API answers 502: reported to this project as answers recorded from AWS by validated tests outside LocalStack\'s public repository, whose provenance the repository does not hold yet; the model follows them',
  ),
  v2ErrorDocument: inferred(
    'with payload 2.0 a result shaped like Lambda\'s error document ({"errorMessage": …} without statusCode) is a 500 {"message":"Internal Server Error"}, as for a failed invocation, not an inferred 200: reported to this project as answers recorded from AWS by validated tests outside LocalStack\'s public repository, whose provenance the repository does not hold yet; the model follows them',
  ),
  v1StatusMissing: documented(
    S.statusCodesKnowledgeCenter,
    'with payload 1.0 an HTTP API does not assume a status code (unlike 2.0): a result without statusCode is a 500',
  ),
  requestId: inferred(
    'an HTTP API adds its request id as apigw-requestid (public captures); not recorded here',
  ),
  // HTTP API CORS.
  corsAdded: documented(
    S.cors,
    'for a CORS request (one with an Origin header) API Gateway adds the configured CORS headers to the response from an integration',
  ),
  corsIgnoresFunction: documented(
    S.cors,
    'if you configure CORS for an API, API Gateway ignores CORS headers returned from your backend integration',
  ),
  corsPreflight: documented(
    S.cors,
    "API Gateway automatically answers preflight OPTIONS requests, even if there isn't an OPTIONS route; the function is not invoked",
  ),
  corsPreflightStatus: inferred(
    'the preflight answer is a 204 with no body; its status is not documented',
  ),
  corsOnGatewayErrors: inferred(
    'whether API Gateway adds CORS headers to its own 500 (a failed integration) is not documented; the model adds none',
  ),
  // Function URLs.
  urlInferred: recorded(
    U.invocation,
    'dict / list-mixed / integer / float / boolean',
    'a result without statusCode came back 200, Content-Type application/json, the JSON text as the body',
  ),
  urlInferredString: recorded(
    U.invocation,
    'string',
    'a bare string "hello" came back 200 with the body hello (not quoted), Content-Type application/json; AWS\'s guide shows it quoted',
  ),
  urlStatusUsed: recorded(
    U.invocation,
    'http-response',
    '{statusCode: 200, body: "body123"} came back 200 with the body body123 and Content-Type application/json',
  ),
  urlHeadersAndStatus: recorded(
    U.headersAndStatus,
    'statusCode 201 / "418"',
    'statusCode 201 and a custom header reached the client; statusCode "418" came back 418',
  ),
  urlFunctionError: recorded(
    U.exception,
    'unhandled error',
    'a function that raised came back 502 with the text body Internal Server Error',
  ),
  urlErrorContentType: inferred(
    "the Content-Type of a Function URL's own 502 (text/plain): the recording compared its status and body only",
  ),
  urlStatusRange: documented(
    S.functionUrlInvocation,
    "a Function URL response's statusCode must be between 100 and 599; what the client gets for one outside the range (a 502, like any result the URL cannot use) is inferred",
  ),
  urlRequestId: recorded(
    U.requestId,
    'lambda_url_invocation',
    'the answer carries x-amzn-RequestId',
  ),
  urlMalformed: inferred(
    'a Function URL result with an unusable statusCode or body: not recorded; the model answers like a function error (502)',
  ),
  urlCookies: documented(
    S.functionUrlInvocation,
    'cookies in the response payload become set-cookie headers',
  ),
  urlCors: documented(
    S.functionUrlCors,
    "with CORS configured on the URL, Lambda adds the CORS headers to all responses; a preflight (OPTIONS) gets only the URL's CORS headers",
  ),
  urlCorsBoth: documented(
    S.functionUrlCors,
    'on a request that is not a preflight, "Lambda returns both the configured CORS headers on the function URL, as well as the CORS headers returned by the function": a duplicate Access-Control-Allow-Origin, which browsers reject ("contains multiple values \'*, *\', but only one is allowed"); configure CORS on the URL only',
  ),
  urlBuffered: documented(
    S.functionUrlStreaming,
    'BUFFERED, the default invoke mode, calls the function through Invoke; RESPONSE_STREAM calls it through InvokeWithResponseStream, for a function written to stream (not modelled here)',
  ),
  corsSafelistedMethods: documented(
    S.fetchCorsPreflight,
    'GET, HEAD and POST are CORS-safelisted methods: a browser rejects a preflight on Access-Control-Allow-Methods only for a method that is not one of them, so url.cors.allowedMethods of GET alone does not stop a POST (Chromium confirmed: workshop/verify/cors-in-a-browser.browser.test.ts)',
  ),
  notFound: inferred(
    'a request that matches no route of an HTTP API gets 404 {"message":"Not Found"} from API Gateway itself, as clients see it; neither documented nor recorded here',
  ),
  urlNotSigned: documented(
    S.functionUrlInvocation,
    'with AuthType AWS_IAM a request must be signed with SigV4; an unsigned one is refused with 403 and the function never runs (the body {"Message":"Forbidden"} is not documented)',
  ),
  integrationTimeout: inferred(
    'an HTTP API waits at most 30 s for its integration (documented in its quotas, ' +
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html' +
      '); that it then answers 503 {"message":"Service Unavailable"} rather than 504 is neither documented nor recorded here',
  ),
  urlCorsNeedsOrigin: inferred(
    'the URL adds CORS headers only to a request with an Origin header, as an HTTP API does; not documented',
  ),
} satisfies Record<string, Evidence>;
