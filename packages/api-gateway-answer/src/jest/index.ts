// api-gateway-answer/jest: the matchers. Imported from a jest setup file (`import
// 'api-gateway-answer/jest'` in a jest.setup.ts that setupFilesAfterEnv and tsconfig's include
// list: the import also brings their types), it registers them with expect.extend;
// for Vitest, pass `apiGatewayMatchers` to its expect.extend.
import { apiGatewayMatchers } from './api-gateway-matchers';
import { gatewayMatchers } from './gateway-matchers';
import { lambdaIntegrationMatchers } from './lambda-integration-matchers';

export {
  type ApiGatewayMatchers,
  apiGatewayMatchers,
  type GatewayExpectation,
} from './api-gateway-matchers';
export { gatewayMatchers } from './gateway-matchers';
export { lambdaIntegrationMatchers } from './lambda-integration-matchers';

/** The global expect of jest (or of Vitest with globals), when there is one. */
const globalExpect = (globalThis as { expect?: { extend?: (matchers: object) => void } }).expect;
if (typeof globalExpect?.extend === 'function')
  globalExpect.extend({ ...apiGatewayMatchers, ...gatewayMatchers, ...lambdaIntegrationMatchers });
