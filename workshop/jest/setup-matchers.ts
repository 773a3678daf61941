import { gatewayMatchers } from '../api-gateway/gateway-matchers';
import { lambdaIntegrationMatchers } from '../api-gateway/lambda-integration-matchers';

expect.extend({ ...gatewayMatchers, ...lambdaIntegrationMatchers });
