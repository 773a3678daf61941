import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

// Handlers that are wrong for AWS in the ways serverless-offline hides. Each one is served
// by ./serverless.yml and judged by the API Gateway model in local-vs-aws.integration.test.ts.
// They are typed loosely on purpose: correct types would not let these mistakes compile.

const ok: APIGatewayProxyResult = {
  statusCode: 400,
  headers: { 'Content-Type': 'application/json' },
  body: '{"message":"Bad Request"}',
};

export const throws = async (): Promise<never> => {
  throw new Error('Something broke');
};

export const throwsWithStatus = async (): Promise<never> => {
  throw new Error('[400] Bad Request');
};

export const noStatusCode = async (): Promise<unknown> => ({ body: '{"message":"Bad Request"}' });

export const bareString = async (): Promise<unknown> => 'Bad Request';

export const objectBody = async (): Promise<unknown> => ({
  statusCode: 400,
  body: { message: 'Bad Request' },
});

export const extraKey = async (): Promise<unknown> => ({
  ...ok,
  statusDescription: '400 Bad Request',
});

/** A correct 400 that forgets Access-Control-Allow-Origin: a browser on AWS reports a CORS error. */
export const errorWithoutCors = async (): Promise<APIGatewayProxyResult> => ok;

/** A correct 400 whose Content-Type is exactly `application/json`. */
export const plainJson = async (_event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => ok;

/** Outlives its 1-second Lambda timeout. */
export const slow = async (): Promise<APIGatewayProxyResult> => {
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return ok;
};

// The Lambda (non-proxy) integration: the function throws, and the response mapping in
// ./serverless.yml decides what the client gets.

/** Throws a status that no selection pattern names. */
export const unmappedStatus = async (): Promise<never> => {
  throw new Error('[415] Unsupported Media Type');
};

/** Fails with a message that holds a secret; only a pattern with a template of its own hides it. */
export const secretFailure = async (): Promise<never> => {
  throw new Error('connect ECONNREFUSED postgres://admin:s3cret@db.internal:5432');
};

/** Throws "[400] …" behind an `http` event with no `response` block: the framework's defaults apply. */
export const noResponseMapping = async (): Promise<never> => {
  throw new Error('[400] Bad Request');
};

// HTTP API routes (payload 2.0, `httpApi` events). No provider.httpApi.cors here: with it,
// serverless-offline also changes the CORS headers of the REST routes above.

/** Throws: an HTTP API answers 500, not a REST API's 502. */
export const v2Throws = async (): Promise<never> => {
  throw new Error('Something broke');
};

/** The trap of payload 2.0: an error object without statusCode. */
export const v2NoStatusCode = async (): Promise<unknown> => ({ message: 'Bad Request' });

/** A 400 whose request id is in multiValueHeaders, which payload 2.0 does not have. */
export const v2MultiValueHeaders = async (): Promise<unknown> => ({
  ...ok,
  multiValueHeaders: { 'X-Request-Id': ['r-1'] },
});

/** A correct 400 and no CORS anywhere: neither the function nor the HTTP API adds it. */
export const v2ErrorWithoutCors = async (): Promise<APIGatewayProxyResult> => ok;
