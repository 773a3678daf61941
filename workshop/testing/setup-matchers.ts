import { gatewayMatchers, lambdaIntegrationMatchers } from 'api-gateway-answer/jest';

expect.extend({ ...gatewayMatchers, ...lambdaIntegrationMatchers });
