import {
  answerUrlPreflight,
  buildFunctionUrlEvent,
  invokeFunctionUrl,
  mapFunctionUrl,
  noteInvokeMode,
  requireNoAuth,
} from './function-url-stages';
import {
  answerPreflight,
  buildHttpApiEvent,
  type HttpApiSpec,
  invokeHttpApi,
  mapHttpApi,
  requireRoute,
  routeHttpApi,
  withIgnoredKeyNote,
} from './http-api-stages';
import type { LoadedHandler } from './loaded-functions';
import type { IncomingRequest, RequestIds } from './request-events';
import type { FunctionSpec, FunctionUrlSpec } from './service-routes';
import { Stages } from './stages';
import type { WireAnswer } from './wire-answer';

/** The HTTP API's answer: its route's integration, its own preflight, or its 404. */
export function httpApiAnswer(
  request: IncomingRequest,
  httpApi: HttpApiSpec,
  handlerOf: (fn: FunctionSpec) => LoadedHandler,
  ids: RequestIds,
): Promise<WireAnswer> {
  return Stages.from({ request, httpApi, ids })
    .next(routeHttpApi)
    .next(buildHttpApiEvent)
    .next(answerPreflight)
    .next(requireRoute)
    .next(invokeHttpApi(handlerOf))
    .next(mapHttpApi)
    .answer()
    .then((answer) => withIgnoredKeyNote(answer, httpApi));
}

/** A Function URL's answer: every method and path goes to its function. */
export function functionUrlAnswer(
  request: IncomingRequest,
  url: FunctionUrlSpec,
  handler: LoadedHandler,
  ids: RequestIds,
): Promise<WireAnswer> {
  return Stages.from({ request, url, handler, ids })
    .next(requireNoAuth)
    .next(buildFunctionUrlEvent)
    .next(answerUrlPreflight)
    .next(invokeFunctionUrl)
    .next(mapFunctionUrl)
    .next(noteInvokeMode(url.invokeMode))
    .answer();
}
