// What a step's tests may use of the workshop, and all they may use (`@workshop/testing`;
// workshop/architecture.test.ts forbids them any other workshop import). The learner's
// folders name only these, so the machinery behind them can move and change without an
// edit to a learner's folder or to its copies in verify's and mutation's work folders.

// Invoke a handler through a door, as AWS would answer its client (the model of API Gateway).

export {
  type AnyProxyHandler,
  answerToJudge,
  corsOnHttpApiEvent,
  deliveredAnswer,
  type FunctionUrlCors,
  type GatewayAnswer,
  type HttpApiCors,
  type IntegrationResponse,
  invokeThroughApiGateway,
  invokeThroughFunctionUrl,
  invokeThroughHttpApi,
  invokeThroughLambdaIntegration,
  lambdaImportError,
  lambdaTimeoutError,
  mapLambdaOutcome,
  RESPONSE_STREAM_NOT_MODELLED,
  unquotedGatewayResponseValue,
  writtenResponseParameter,
} from 'api-gateway-answer';

// Serve the step's service on the workshop's local API Gateway, for tests over HTTP.

export { localApiFor } from './local-api';

// Read serverless.yml as the framework does, compile its template, package the service.

export { compileTemplate } from '../serverless/compile-template';
export { misplacedOptions } from '../serverless/misplaced-options';
export {
  type MethodIntegration,
  methodIntegration,
  type PackagedService,
  packageService,
  resourcesOfType,
} from '../serverless/package-service';
export { resolvedConfig } from '../serverless/resolved-config';

// The solution's: its service is the repository's root (the top-level serverless.yml deploys
// it), and its local API is checked under a mix of requests at once.

export { repoRoot } from '../paths';
export { mixedRequestKinds, runMixedLoad } from '../serverless/mixed-load';

// Load once what a test file needs before its tests; capture and judge what the code prints.

export {
  captureConsole,
  expectBodyPreviewLogged,
  expectErrorLogged,
  expectJsonLogged,
  expectNoWholeBodyLogged,
  LARGE_JSON_BODY,
} from '../jest/console-capture';
export { loadOnce } from '../jest/load-once';

// Checks that say what is wrong in a learner's words (the matchers, such as
// toBeDeliveredWithStatus, are set up for every test file by setup-matchers.ts).

export { expectUnexpectedErrorAnswer } from '../jest/expect-unexpected-error-answer';
export { handlerTypingProblems } from './handler-typing';

// Fixtures: the events, contexts and errors the tests send.

export {
  asFunctionUrlEvent,
  httpApiEvents,
  postEvent,
  postEventV2,
  restEvents,
} from 'api-gateway-answer/events';
export { lambdaContext } from '../fixtures/lambda-context';
export { lambdaIntegrationEvent } from '../fixtures/lambda-integration-events';
export { lookalikeErrors, messageToLog } from '../fixtures/lookalike-errors';
