// api-gateway-answer/evidence: where each rule of the model comes from (documentation,
// recordings of AWS, reports) and the recorded answers the model is checked against.

export * from './http-api/evidence';
export * from './http-api/function-url-recordings';
export { recordings } from './recordings';
export * from './recordings/localstack-binary';
export * from './recordings/localstack-header-remapping';
export * from './recordings/localstack-lambda-integration';
export * from './recordings/localstack-proxy';
export * from './recordings/probe-recordings';
export * from './recordings/recording';
export * from './recordings/replay';
export * from './sources';
