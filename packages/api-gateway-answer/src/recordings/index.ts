import { binaryRecordings } from './localstack-binary';
import { headerRemappingRecordings } from './localstack-header-remapping';
import { lambdaIntegrationRecordings } from './localstack-lambda-integration';
import { proxyRecordings } from './localstack-proxy';
import { loadRecordings } from './probe-recordings';
import type { Recording } from './recording';

/**
 * Every recorded AWS answer the model must reproduce: LocalStack's, restated as data, and
 * every file `npm run record:aws` wrote (or a learner sent back) in ./aws/.
 */
export const recordings: Recording[] = [
  ...proxyRecordings,
  ...lambdaIntegrationRecordings,
  ...binaryRecordings,
  ...headerRemappingRecordings,
  ...loadRecordings(),
];
