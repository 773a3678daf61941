import { gatewayMatchers } from './gateway-matchers';
import { lambdaIntegrationMatchers } from './lambda-integration-matchers';

expect.extend({ ...gatewayMatchers, ...lambdaIntegrationMatchers });
