import { BadRequestError, Router } from '@aws-lambda-powertools/event-handler/http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';

// A Powertools event handler behind a Lambda function URL. The URL's own CORS configuration
// (serverless.yml: url.cors) answers the page: the function sets no CORS headers.

const app = new Router();

app.post('/greet', async ({ req }) => {
  let name: unknown;
  try {
    name = (await req.json()).name;
  } catch {
    throw new BadRequestError('The body must be JSON.');
  }
  if (typeof name !== 'string' || name === '') throw new BadRequestError('name is required');
  return { greeting: `Hello, ${name}` };
});

export const greet = async (event: APIGatewayProxyEventV2, context: Context) =>
  app.resolve(event, context);
