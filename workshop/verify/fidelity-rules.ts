import { evidence as E, type Evidence, httpApiEvidence as H } from 'api-gateway-answer/evidence';

/** The five front doors a Lambda function can answer through, as docs/fidelity.md's columns. */
export const DOORS = {
  restProxy: 'REST proxy',
  restLambda: 'REST Lambda integration',
  httpV2: 'HTTP API 2.0',
  httpV1: 'HTTP API 1.0',
  functionUrl: 'function URL',
} as const;
export type Door = keyof typeof DOORS;

/** What one door sends for a rule, and the evidence the model cites for it. */
export interface Cell {
  sends: string;
  evidence: Evidence;
}

/**
 * A rule of the model, door by door. A door left out has no such case (a Lambda integration
 * reads no statusCode) or no rule the model applies there yet.
 */
export interface FidelityRule {
  rule: string;
  doors: Partial<Record<Door, Cell>>;
  /** Routes of workshop/local-vs-aws/differences.ts that measure serverless-offline on this rule. */
  offline?: string[];
  /** Public issues in serverless-offline or SAM CLI that report the gap. */
  issues?: string[];
}

const OFFLINE = 'https://github.com/dherault/serverless-offline/issues';
const INTERNAL_ERROR = '502 `{"message": "Internal server error"}`';
const HTTP_API_ERROR = '500 `{"message":"Internal Server Error"}`';
const URL_ERROR = '502, the text `Internal Server Error`';

// The rows of docs/fidelity.md. Each cell cites an entry of sources.ts or http-api/evidence.ts,
// the same the model and its table-driven tests cite: change a level there and the page is
// stale until `npm run dev -- docs` writes it again.
export const fidelityRules: FidelityRule[] = [
  {
    rule: 'the function throws',
    doors: {
      restProxy: { sends: INTERNAL_ERROR, evidence: E.functionError },
      restLambda: {
        sends: "200 with Lambda's error document, unless a selection pattern maps it",
        evidence: E.errorDocumentPassThrough,
      },
      httpV2: { sends: HTTP_API_ERROR, evidence: H.functionError },
      httpV1: { sends: HTTP_API_ERROR, evidence: H.functionError },
      functionUrl: { sends: URL_ERROR, evidence: H.urlFunctionError },
    },
    offline: ['/throws', '/v2/throws'],
    issues: [`${OFFLINE}/678`],
  },
  {
    rule: 'a status in the error message (`[400] …`)',
    doors: {
      restProxy: { sends: '502: the message is not read', evidence: E.statusInMessage },
      restLambda: {
        sends: 'the status of the integration response whose selection pattern matches',
        evidence: E.selectionByPattern,
      },
    },
    offline: ['/throws-with-status'],
  },
  {
    rule: 'a selection pattern that matches part of the message only',
    doors: {
      restLambda: {
        sends: 'the default response: a pattern must match the whole message',
        evidence: E.patternWholeMessage,
      },
    },
  },
  {
    rule: 'an error no selection pattern matches',
    doors: {
      restLambda: { sends: 'the default response, 200', evidence: E.defaultForUnmatched },
    },
    offline: ['/lambda-unmapped-status'],
  },
  {
    rule: 'no pattern matches and there is no default response',
    doors: {
      restLambda: { sends: '500 (API_CONFIGURATION_ERROR)', evidence: E.noDefault },
    },
  },
  {
    rule: 'an object result without `statusCode`',
    doors: {
      restProxy: { sends: '200, empty body', evidence: E.statusMissing },
      httpV2: { sends: '**200**, the object as the JSON body', evidence: H.v2InferredObject },
      httpV1: { sends: HTTP_API_ERROR, evidence: H.v1StatusMissing },
      functionUrl: { sends: '**200**, the object as the JSON body', evidence: H.urlInferred },
    },
    offline: ['/no-status-code', '/v2/no-status-code'],
  },
  {
    rule: '`{"errorMessage": …}` without `statusCode`',
    doors: {
      restProxy: { sends: '502 (an unknown key)', evidence: E.unknownKey },
      httpV2: { sends: HTTP_API_ERROR, evidence: H.v2ErrorDocument },
    },
  },
  {
    rule: 'a bare string result',
    doors: {
      restProxy: { sends: '502', evidence: E.bareString },
      httpV2: { sends: '200, the string as the body', evidence: H.v2InferredOther },
      httpV1: { sends: HTTP_API_ERROR, evidence: H.v1Malformed },
      functionUrl: { sends: '200, the string unquoted', evidence: H.urlInferredString },
    },
    offline: ['/bare-string'],
  },
  {
    rule: 'an unknown top-level key beside `statusCode`',
    doors: {
      restProxy: { sends: '502', evidence: E.unknownKey },
      httpV2: { sends: 'served, the key ignored', evidence: H.v2UnknownKey },
      httpV1: { sends: '200, the key ignored', evidence: H.v1UnknownKeyServed },
    },
    offline: ['/extra-key'],
  },
  {
    rule: '`statusCode` as a string of digits (`"201"`)',
    doors: {
      restProxy: { sends: 'that status', evidence: E.statusNumericString },
      httpV2: { sends: 'that status', evidence: H.v2StatusNumericString },
      functionUrl: { sends: 'that status', evidence: H.urlHeadersAndStatus },
    },
  },
  {
    rule: '`statusCode` that is not a number (`"test"`)',
    doors: {
      restProxy: { sends: '502', evidence: E.statusNotNumeric },
      httpV2: { sends: HTTP_API_ERROR, evidence: H.v2StatusNotNumeric },
      httpV1: { sends: HTTP_API_ERROR, evidence: H.v1RestRule },
      functionUrl: { sends: URL_ERROR, evidence: H.urlMalformed },
    },
  },
  {
    rule: '`statusCode` outside 100–599',
    doors: { functionUrl: { sends: URL_ERROR, evidence: H.urlStatusRange } },
  },
  {
    rule: 'a `body` that is an object, not a string',
    doors: {
      restProxy: { sends: '502', evidence: E.objectBody },
      httpV2: { sends: HTTP_API_ERROR, evidence: H.v2BodyNotString },
      httpV1: { sends: HTTP_API_ERROR, evidence: H.v1RestRule },
      functionUrl: { sends: URL_ERROR, evidence: H.urlMalformed },
    },
    offline: ['/object-body'],
  },
  {
    rule: 'no `Content-Type` from the function',
    doors: {
      restProxy: { sends: '`application/json`', evidence: E.defaultContentType },
      httpV2: { sends: '`application/json`', evidence: H.v2DefaultContentType },
      functionUrl: { sends: '`application/json`', evidence: H.urlStatusUsed },
    },
  },
  {
    rule: 'a header only in `multiValueHeaders`',
    doors: {
      restProxy: { sends: 'sent, the values joined by commas', evidence: E.multiValue },
      httpV2: { sends: '**dropped**', evidence: H.v2NoMultiValueHeaders },
    },
    offline: ['/v2/multi-value-headers'],
  },
  {
    rule: '`cookies` in the result',
    doors: {
      restProxy: { sends: '502 (an unknown key)', evidence: E.cookiesKey },
      httpV2: { sends: 'a `Set-Cookie` header each', evidence: H.v2Cookies },
      functionUrl: { sends: 'a `Set-Cookie` header each', evidence: H.urlCookies },
    },
  },
  {
    rule: "CORS headers on the function's answers",
    doors: {
      restProxy: { sends: 'only those the function sets', evidence: E.noCors },
      httpV2: {
        sends: "the API's configured ones; the function's dropped",
        evidence: H.corsIgnoresFunction,
      },
      httpV1: {
        sends: "the API's configured ones; the function's dropped",
        evidence: H.corsIgnoresFunction,
      },
      functionUrl: {
        sends: "the URL's **and** the function's: a duplicate a browser rejects",
        evidence: H.urlCorsBoth,
      },
    },
    offline: ['/error-without-cors', '/v2/error-without-cors'],
    issues: [`${OFFLINE}/740`, `${OFFLINE}/1213`],
  },
  {
    rule: 'a CORS preflight',
    doors: {
      httpV2: { sends: 'answered by API Gateway', evidence: H.corsPreflight },
      httpV1: { sends: 'answered by API Gateway', evidence: H.corsPreflight },
      functionUrl: { sends: 'answered by the URL, its CORS headers only', evidence: H.urlCors },
    },
  },
  {
    rule: 'a POST from a page when the allowed methods list only GET',
    doors: {
      functionUrl: {
        sends: 'read by the page: POST is CORS-safelisted',
        evidence: H.corsSafelistedMethods,
      },
    },
  },
  {
    rule: 'the request id header',
    doors: {
      restProxy: { sends: '`x-amzn-RequestId`, `x-amz-apigw-id`', evidence: E.requestIds },
      httpV2: { sends: '`apigw-requestid`', evidence: H.requestId },
      httpV1: { sends: '`apigw-requestid`', evidence: H.requestId },
      functionUrl: { sends: '`x-amzn-RequestId`', evidence: H.urlRequestId },
    },
  },
  {
    rule: "the error type on API Gateway's own 5xx",
    doors: {
      restProxy: {
        sends: '`x-amzn-ErrorType: InternalServerErrorException`',
        evidence: E.errorTypeHeader,
      },
    },
  },
  {
    rule: 'response headers API Gateway renames or drops',
    doors: {
      restProxy: {
        sends: '`Authorization`, `Connection`, `Date`, `Server`… as `x-amzn-Remapped-*`',
        evidence: E.remapped,
      },
      restLambda: {
        sends: 'a longer list as `x-amzn-Remapped-*`, `Transfer-Encoding` dropped',
        evidence: E.remappedNonProxy,
      },
    },
  },
  {
    rule: 'response headers a Lambda proxy cannot send',
    doors: {
      restProxy: {
        sends: '`Host`, `Via`, `Transfer-Encoding`… dropped',
        evidence: E.droppedByProxy,
      },
    },
  },
  {
    rule: '`isBase64Encoded: true`, no binary media types',
    doors: { restProxy: { sends: 'the base64 text', evidence: E.base64WithoutBinaryTypes } },
  },
  {
    rule: 'a Lambda timeout under the integration timeout',
    doors: { restProxy: { sends: INTERNAL_ERROR, evidence: E.lambdaTimeout } },
    offline: ['/slow'],
  },
  {
    rule: 'Lambda refuses the invocation',
    doors: {
      restProxy: {
        sends: '500 `{"message": "Internal server error"}`',
        evidence: E.refusedInvocation,
      },
    },
  },
  {
    rule: 'a request body over 10 MB',
    doors: {
      restProxy: {
        sends: '413, and no gateway response can add a CORS header',
        evidence: E.requestTooLarge,
      },
    },
  },
];
