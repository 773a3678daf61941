// api-gateway-answer/jest: the matchers, for jest's or Vitest's expect.extend.

export { gatewayMatchers } from './gateway-matchers';
export { lambdaIntegrationMatchers } from './lambda-integration-matchers';
