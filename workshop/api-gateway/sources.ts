/** Where each rule of the model comes from; cited by the table-driven tests and docs/local-vs-aws.md. */
export const sources = {
  proxyOutputFormat:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format',
  malformed502: 'https://repost.aws/knowledge-center/malformed-502-api-gateway',
  objectBodyThread: 'https://github.com/vincentsarago/lambda-proxy/issues/59',
  statusInMessageThread: 'https://github.com/serverless/serverless/issues/4119',
  handlerErrors: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html',
  importantNotes: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis',
  binaryMedia: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/lambda-proxy-binary-media.html',
  lambdaQuotas: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  nodejsHandler: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
  cors: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html',
  // The Lambda (non-proxy) integration.
  integrationResponses: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html',
  selectionPattern: 'https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html',
  nodejsErrors: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html',
  mappingTemplates: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html',
  /** Reported, not in AWS's guide: patterns are tried on successes too, as an empty message. */
  successMatchedAsEmpty: 'https://mattandre.ws/2016/06/catching-all-errors-api-gateway-aws-lambda/',
  /** Reported for a WebSocket API (the same message REST APIs log): no matching response and no default → "Execution failed due to configuration error". */
  noDefaultMapping: 'https://repost.aws/questions/QU5uSB74xLRg2NBJ4MGzQbgw',
} as const;
