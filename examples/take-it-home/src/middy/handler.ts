import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpErrorHandler from '@middy/http-error-handler';
import { createError } from '@middy/util';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

// A middy handler behind a REST API (Lambda proxy), called by a page on another origin.

export const ORIGIN = 'https://app.example.com';

async function greetName(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  let name: unknown;
  try {
    name = JSON.parse(event.body ?? '{}').name;
  } catch {
    throw createError(400, 'The body must be JSON.');
  }
  if (typeof name !== 'string' || name === '') throw createError(400, 'name is required');
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ greeting: `Hello, ${name}` }),
  };
}

// On an error, middy runs the middlewares' onError last to first: httpErrorHandler turns the
// error into a response, then httpCors adds its headers to it. (This example logs nothing:
// your service would give httpErrorHandler its logger.)
export const greet = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(httpCors({ origin: ORIGIN }))
  .use(httpErrorHandler({ logger: false }))
  .handler(greetName);
