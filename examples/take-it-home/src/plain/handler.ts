import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

// A plain handler behind an HTTP API (payload 2.0): POST /greet with {"name": "Ada"}.

const json = (statusCode: number, value: unknown): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(value),
});

export async function greet(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  let name: unknown;
  try {
    name = JSON.parse(event.body ?? '{}').name;
  } catch {
    return json(400, { message: 'The body must be JSON.' });
  }
  if (typeof name !== 'string' || name === '') {
    return json(400, { message: 'name is required' });
  }
  return json(200, { greeting: `Hello, ${name}` });
}
