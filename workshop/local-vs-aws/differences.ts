import type { AnyHttpApiHandler, AnyLambdaHandler, AnyProxyHandler } from 'api-gateway-answer';
import type { Timing } from 'api-gateway-answer/engine';
import * as handlers from './service/handlers';

/** What a client sees on the wire from serverless-offline 13. */
export interface LocalAnswer {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * One place where serverless-offline answers differently from API Gateway. docs/local-vs-aws.md
 * has a row per entry (matched by `route`), and local-vs-aws.integration.test.ts checks both
 * sides: `local` against a real serverless-offline, `aws` against the API Gateway model.
 */
export interface Difference {
  route: string;
  handler: AnyProxyHandler | AnyLambdaHandler<never> | AnyHttpApiHandler;
  /**
   * `lambda`: the Lambda (non-proxy) integration, judged through the route's integration
   * responses in ./service/serverless.yml. `http-api`: an `httpApi` route (payload 2.0),
   * served at the local server's root and judged by the HTTP API model.
   */
  integration?: 'lambda' | 'http-api';
  /** Send an Origin header, as a browser does on a cross-origin request. */
  origin?: boolean;
  /** Not a difference: both answer the same. Kept so that an upgrade that changes it is caught. */
  agrees?: true;
  /** For a route that runs out of time: how long the handler runs and the limits (./service/serverless.yml). */
  timing?: Timing;
  local: (answer: LocalAnswer) => void;
  /** What the API Gateway model says AWS sends. */
  aws: {
    statusCode: number;
    problem?: RegExp;
    headerAbsent?: string;
    header?: [string, string];
    body?: RegExp;
  };
}

export const ORIGIN = 'https://learner.example';

/** serverless-offline's answer to a Lambda-integration error that no template rewrites: the whole error, stack trace included. */
const rawLambdaError =
  (expected: number) =>
  ({ status, body }: LocalAnswer) => {
    expect(status).toBe(expected);
    expect(Object.keys(JSON.parse(body))).toEqual(['errorMessage', 'errorType', 'stackTrace']);
  };

export const differences: Difference[] = [
  {
    route: '/throws',
    handler: handlers.throws,
    local: ({ status, body }) => {
      expect(status).toBe(502);
      expect(body).toBe('');
    },
    aws: { statusCode: 502, problem: /threw Error/ },
  },
  {
    route: '/throws-with-status',
    handler: handlers.throwsWithStatus,
    local: ({ status }) => expect(status).toBe(400),
    aws: { statusCode: 502, problem: /threw Error: "\[400\] Bad Request"/ },
  },
  {
    route: '/no-status-code',
    handler: handlers.noStatusCode,
    local: ({ status, body }) => {
      expect(status).toBe(200);
      expect(body).toBe('{"message":"Bad Request"}');
    },
    agrees: true,
    // Recorded on AWS: a result without statusCode is a 200 (see packages/api-gateway-answer/src/recordings).
    aws: {
      statusCode: 200,
      header: ['content-type', 'application/json'],
      body: /^\{"message":"Bad Request"\}$/,
    },
  },
  {
    route: '/bare-string',
    handler: handlers.bareString,
    local: ({ status, body }) => {
      expect(status).toBe(200);
      expect(body).toBe('"Bad Request"');
    },
    aws: { statusCode: 502, problem: /returned the string "Bad Request"/ },
  },
  {
    route: '/object-body',
    handler: handlers.objectBody,
    local: ({ status, body }) => {
      expect(status).toBe(502);
      expect(JSON.parse(body)).toMatchObject({
        errorMessage: expect.stringContaining('must be stringified'),
        stackTrace: null,
      });
    },
    aws: { statusCode: 502, problem: /body must be a string, got object/ },
  },
  {
    route: '/extra-key',
    handler: handlers.extraKey,
    local: ({ status }) => expect(status).toBe(400),
    aws: { statusCode: 502, problem: /unknown top-level key "statusDescription"/ },
  },
  {
    route: '/error-without-cors',
    handler: handlers.errorWithoutCors,
    origin: true,
    local: ({ status, headers }) => {
      expect(status).toBe(400);
      expect(headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(headers.get('access-control-allow-credentials')).toBe('true');
    },
    aws: { statusCode: 400, headerAbsent: 'access-control-allow-origin' },
  },
  {
    route: '/plain-json',
    handler: handlers.plainJson,
    local: ({ headers }) => {
      expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(headers.get('cache-control')).toBe('no-cache');
      expect(headers.get('x-amzn-requestid')).toBeNull();
    },
    aws: { statusCode: 400, header: ['content-type', 'application/json'] },
  },
  {
    route: '/lambda-unmapped-status',
    handler: handlers.unmappedStatus,
    integration: 'lambda',
    local: ({ status, body }) => {
      expect(status).toBe(415);
      expect(JSON.parse(body)).toEqual({ message: '[415] Unsupported Media Type' });
    },
    aws: { statusCode: 200, body: /^\{"message": "\[415\] Unsupported Media Type"\}$/ },
  },
  {
    route: '/lambda-status-template',
    handler: handlers.secretFailure,
    integration: 'lambda',
    local: ({ status, body }) => {
      expect(status).toBe(502);
      expect(body).toContain('s3cret');
    },
    aws: { statusCode: 500, body: /^\{"message": "Internal Server Error"\}$/ },
  },
  {
    route: '/lambda-template-no-content-type',
    handler: handlers.noResponseMapping,
    integration: 'lambda',
    local: rawLambdaError(400),
    aws: { statusCode: 400, body: /^\{"message": "\[400\] Bad Request"\}$/ },
  },
  {
    route: '/lambda-no-response',
    handler: handlers.noResponseMapping,
    integration: 'lambda',
    local: rawLambdaError(400),
    aws: {
      statusCode: 400,
      body: /^\{"errorType":"Error","errorMessage":"\[400\] Bad Request","trace":\[/,
    },
  },
  {
    route: '/slow',
    handler: handlers.slow,
    timing: { runsFor: 3, lambdaTimeout: 1 },
    local: ({ status }) => expect(status).toBe(504),
    // On AWS a Lambda timeout under API Gateway's integration timeout (29 s by default) is a failed invocation, so 502 (inferred).
    aws: { statusCode: 502, problem: /outlived its 1 s Lambda timeout/ },
  },
  {
    route: '/v2/throws',
    handler: handlers.v2Throws,
    integration: 'http-api',
    local: ({ status, body }) => {
      expect(status).toBe(200);
      expect(Object.keys(JSON.parse(body))).toEqual(['errorMessage', 'errorType', 'stackTrace']);
    },
    aws: {
      statusCode: 500,
      problem: /threw Error/,
      body: /^\{"message":"Internal Server Error"\}$/,
    },
  },
  {
    route: '/v2/no-status-code',
    handler: handlers.v2NoStatusCode,
    integration: 'http-api',
    local: ({ status, body }) => {
      expect(status).toBe(200);
      expect(body).toBe('{"message":"Bad Request"}');
    },
    agrees: true,
    aws: { statusCode: 200, body: /^\{"message":"Bad Request"\}$/ },
  },
  {
    route: '/v2/multi-value-headers',
    handler: handlers.v2MultiValueHeaders,
    integration: 'http-api',
    local: ({ status, headers }) => {
      expect(status).toBe(400);
      expect(headers.get('x-request-id')).toBe('r-1');
    },
    aws: { statusCode: 400, headerAbsent: 'x-request-id' },
  },
  {
    route: '/v2/error-without-cors',
    handler: handlers.v2ErrorWithoutCors,
    integration: 'http-api',
    origin: true,
    local: ({ status, headers }) => {
      expect(status).toBe(400);
      expect(headers.get('access-control-allow-origin')).toBe(ORIGIN);
    },
    aws: { statusCode: 400, headerAbsent: 'access-control-allow-origin' },
  },
];
