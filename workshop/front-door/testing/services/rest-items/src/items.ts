import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

const json = (statusCode: number, body: unknown): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export const list = async (event: APIGatewayProxyEvent) =>
  json(200, { items: [], limit: event.queryStringParameters?.limit ?? null });

export const create = async (event: APIGatewayProxyEvent) => {
  try {
    return json(201, { created: JSON.parse(event.body ?? '') });
  } catch {
    return json(400, { message: 'The body must be JSON.' });
  }
};

/** GET, PUT and DELETE of one item: the method and the id say which. */
export const one = async (event: APIGatewayProxyEvent) =>
  json(event.httpMethod === 'DELETE' ? 202 : 200, {
    method: event.httpMethod,
    resource: event.resource,
    id: event.pathParameters?.id,
  });
