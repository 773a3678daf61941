// api-gateway-answer: what a client receives through API Gateway (REST API proxy and Lambda
// integrations, HTTP API payload 2.0 and 1.0) or a Lambda Function URL, for a handler's result
// or error, with the rule that decided it and how sure we are of that rule.

export * from './answer-through-api-gateway';
export * from './configuration-mistakes';
export * from './delivered-answer';
export * from './gateway-answer';
export * from './http-api';
export * from './invoke-through-api-gateway';
export * from './lambda-import-error';
export * from './lambda-integration';
export * from './lambda-timeout-error';
export * from './predict-answer';
export type { Evidence, EvidenceLevel } from './sources';
