import type { GatewayAnswer } from 'api-gateway-answer';
import {
  type IntegrationResponse,
  invokeThroughApiGateway,
  invokeThroughLambdaIntegration,
  type LambdaIntegrationAnswer,
} from 'api-gateway-answer';
import { postEvent } from 'api-gateway-answer/events';
import { throwError } from '../../solution/src/handler';
import { throwErrorLambda } from '../../solution/src/lambda-handler';
import { lambdaIntegrationEvent } from '../fixtures/lambda-integration-events';
import type { ReadmeRequest } from './readme-requests';

/**
 * What the model of API Gateway says the deployed service answers: the solution's own
 * handler, run through the model with the request's body and headers. `responses`: the
 * integration responses of POST /throw-lambda, as the deployed template declares them.
 */
export async function predict(
  request: ReadmeRequest,
  responses: IntegrationResponse[],
): Promise<GatewayAnswer | LambdaIntegrationAnswer> {
  // The handlers log the body they read: that line belongs to CloudWatch, not to this report.
  const log = console.log;
  console.log = () => undefined;
  try {
    if (request.integration === 'proxy') {
      const event = postEvent(request.body, request.headers);
      event.path = request.path;
      return await invokeThroughApiGateway(throwError, event);
    }
    // API Gateway's request template has parsed the JSON body by then (`$input.json('$')`).
    return await invokeThroughLambdaIntegration(
      throwErrorLambda,
      {
        ...lambdaIntegrationEvent(parseJson(request.body), request.headers),
        requestPath: request.path,
      },
      responses,
    );
  } finally {
    console.log = log;
  }
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
