// api-gateway-answer/engine: the building blocks a local API is made of (the Lambda runtime,
// the stages of each door, CORS, the gateway's own errors), for a server that answers over HTTP.

export * from './binary-media-types';
export * from './failures';
export * from './gateway-answer';
export * from './http-api/cors';
export * from './http-api/invoke-through-function-url';
export * from './http-api/invoke-through-http-api';
export * from './http-api/map-v2-result';
export * from './invoke-through-api-gateway';
export * from './lambda-context';
export * from './lambda-integration';
export * from './lambda-runtime';
export * from './map-proxy-result';
export * from './static-header-values';
