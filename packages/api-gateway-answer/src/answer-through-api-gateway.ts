import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { invokeThroughFunctionUrl } from './http-api/invoke-through-function-url';
import { type AnyHttpApiHandler, invokeThroughHttpApi } from './http-api/invoke-through-http-api';
import { type AnyProxyHandler, invokeThroughApiGateway } from './invoke-through-api-gateway';
import { type AnyLambdaHandler, invokeThroughLambdaIntegration } from './lambda-integration';
import {
  DOORS,
  fromLambdaIntegration,
  fromProxy,
  integrationResponsesOf,
  type Prediction,
  type PredictOptions,
  withGatewayResponses,
} from './predict-answer';

/** Any handler, typed loosely: the point is to judge what it does. */
export type AnyHandler = (event: never, context: Context) => unknown;

/**
 * Runs `handler` on `event` as Lambda would, and answers as `door` would: what the client
 * receives, with the rule that decided it and its evidence (as predictAnswer does for a value).
 * The event is the door's: an APIGatewayProxyEvent for a REST API, an APIGatewayProxyEventV2
 * for an HTTP API (either payload format: the model converts it to 1.0) or a Function URL.
 */
export async function answerThroughApiGateway(
  handler: AnyHandler,
  event: APIGatewayProxyEvent | APIGatewayProxyEventV2,
  options: Omit<PredictOptions, 'thrown'>,
  context?: Context,
): Promise<Prediction> {
  // The handler is judged, not trusted: each door's model calls it with the door's event.
  const proxy = handler as unknown as AnyProxyHandler;
  const v2 = handler as unknown as AnyHttpApiHandler;
  switch (options.door) {
    case 'rest-proxy':
      return fromProxy(
        withGatewayResponses(
          await invokeThroughApiGateway(proxy, event as APIGatewayProxyEvent, context, {
            binaryMediaTypes: options.binaryMediaTypes,
          }),
          options.gatewayResponses,
        ),
        options,
      );
    case 'rest-lambda':
      return fromLambdaIntegration(
        await invokeThroughLambdaIntegration(
          handler as unknown as AnyLambdaHandler<typeof event>,
          event,
          integrationResponsesOf(options),
          context,
        ),
      );
    case 'http-api-v2':
    case 'http-api-v1':
      return fromProxy(
        await invokeThroughHttpApi(
          v2,
          event as APIGatewayProxyEventV2,
          { cors: options.cors, payloadFormat: options.door === 'http-api-v1' ? '1.0' : '2.0' },
          context,
        ),
        options,
      );
    case 'function-url':
      return fromProxy(
        await invokeThroughFunctionUrl(
          v2,
          event as APIGatewayProxyEventV2,
          { cors: options.cors },
          context,
        ),
        options,
      );
    default:
      throw new TypeError(
        `answerThroughApiGateway: door must be one of ${DOORS.join(', ')}; got ${JSON.stringify((options as { door?: unknown })?.door)}.`,
      );
  }
}
