import { gatewayMatchers } from '../api-gateway/gateway-matchers';

expect.extend(gatewayMatchers);
