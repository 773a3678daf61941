// What a client receives through an HTTP API (payload 2.0 or 1.0) or a Lambda Function URL.
export type { FunctionUrlCors, HttpApiCors } from './cors';
export { httpApiEvidence, httpApiSources } from './evidence';
export {
  type FunctionUrlOptions,
  invokeThroughFunctionUrl,
  RESPONSE_STREAM_NOT_MODELLED,
} from './invoke-through-function-url';
export {
  type AnyHttpApiHandler,
  type HttpApiOptions,
  invokeThroughHttpApi,
} from './invoke-through-http-api';
export { FUNCTION_URL_ERROR_BODY, HTTP_API_ERROR_BODY, mapV2Result } from './map-v2-result';
export { toV1Event } from './to-v1-event';
