import type {
  APIGatewayAuthorizerResult,
  APIGatewayProxyResult,
  APIGatewayTokenAuthorizerEvent,
} from 'aws-lambda';

export const authorize = async (
  event: APIGatewayTokenAuthorizerEvent,
): Promise<APIGatewayAuthorizerResult> => ({
  principalId: 'user',
  policyDocument: {
    Version: '2012-10-17',
    Statement: [
      {
        Action: 'execute-api:Invoke',
        Effect: event.authorizationToken === 'allow' ? 'Allow' : 'Deny',
        Resource: event.methodArn,
      },
    ],
  },
});

export const open = async (): Promise<APIGatewayProxyResult> => ({
  statusCode: 200,
  body: '{"open":true}',
});
