/**
 * The event a function behind `integration: lambda` receives: not the request, but what the
 * Serverless Framework's default request template makes of it. API Gateway has already parsed
 * the JSON body; a body that is not JSON may arrive as a string. (@types/aws-lambda has no
 * type for it: the template, not AWS, decides its shape.)
 */
export interface LambdaIntegrationEvent {
  body: unknown;
  method: string;
  principalId: string;
  stage: string;
  cognitoPoolClaims: { sub: string };
  enhancedAuthContext: Record<string, string>;
  headers: Record<string, string>;
  query: Record<string, string>;
  path: Record<string, string>;
  identity: Record<string, string>;
  stageVariables: Record<string, string>;
  requestPath: string;
}
