// api-gateway-answer/local-api: the local API's engine: an HTTP server that answers each request
// as API Gateway (or a Function URL) would, by the model, with one line that says why. It reads
// the routes from a compiled CloudFormation template; the handlers come from a loader.

export * from './cors-config';
export * from './function-url-stages';
export * from './gateway-errors';
export * from './gateway-response-stage';
export * from './http-adapter';
export * from './http-api-stages';
export * from './invocation';
export * from './loaded-functions';
export * from './local-api';
export * from './main-port';
export * from './not-modelled';
export * from './ports';
export * from './request-events';
export * from './required-functions';
export * from './rest-answer';
export * from './rest-lambda-integration';
export * from './rest-proxy';
export * from './rest-route';
export * from './route-match';
export * from './said-lines';
export * from './service-routes';
export * from './stages';
export * from './stray-errors';
export * from './template';
export * from './unsendable';
export * from './v2-answer';
export * from './wire-answer';
