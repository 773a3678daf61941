// api-gateway-answer/events: sample events as API Gateway and Function URLs send them (a
// POST with a JSON body, in the shapes of AWS's developer guides), a fresh copy per call.

export * from './http-api-events';
export * from './rest-events';
