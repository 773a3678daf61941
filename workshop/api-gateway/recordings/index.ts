import { lambdaIntegrationRecordings } from './localstack-lambda-integration';
import { proxyRecordings } from './localstack-proxy';
import type { Recording } from './recording';

/** Every recorded AWS answer the model must reproduce. Add new recordings (npm run record:aws) here. */
export const recordings: Recording[] = [...proxyRecordings, ...lambdaIntegrationRecordings];
