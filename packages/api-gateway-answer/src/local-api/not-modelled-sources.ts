/**
 * The AWS page that says what AWS does with each thing the local API names as not modelled:
 * serve prints it under the entry, so a learner can read what the route would do on AWS.
 */
export const notModelledSources = {
  restAuthorization:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
  httpApiAuthorization:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
  /** API keys, usage plans, their throttle and quota: 429 Too Many Requests past them. */
  usagePlans:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
  requestValidation:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html',
  restIntegrationTypes:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html',
  httpApiIntegrations:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations.html',
  customDomains:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html',
  mappingTemplates:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html',
  gatewayResponses:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html',
  httpApiCorsInServerless:
    'https://www.serverless.com/framework/docs/providers/aws/events/http-api#cors-setup',
  /** REST throttling: stage and method limits, the account's Regional limit, 429 past them. */
  restThrottling:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html',
  httpApiThrottling:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html',
  caching: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  waf: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
} as const;
