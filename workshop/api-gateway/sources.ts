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
} as const;
