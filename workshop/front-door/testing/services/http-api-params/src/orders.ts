import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => ({
  statusCode: event.requestContext.http.method === 'POST' ? 201 : 200,
  body: JSON.stringify({
    routeKey: event.routeKey,
    pathParameters: event.pathParameters,
    query: event.queryStringParameters ?? null,
  }),
});
