import { postEvent, restEvents } from '../events/rest-events';
import { answerWhenRefused, type Refusal } from '../failures';
import type { GatewayAnswer } from '../gateway-answer';
import { invokeThroughApiGateway } from '../invoke-through-api-gateway';
import { type LambdaIntegrationAnswer, mapLambdaOutcome } from '../lambda-integration';
import type { ClientAnswer, Recording } from './recording';

/** What the model says the client receives for the recorded case. */
export async function modelAnswer(
  recording: Recording,
): Promise<GatewayAnswer | LambdaIntegrationAnswer> {
  if (recording.integration === 'lambda')
    return mapLambdaOutcome(recording.lambda, recording.responses);
  const { lambda } = recording;
  if ('refused' in lambda) return answerWhenRefused(lambda.refused as Refusal);
  const event =
    recording.request === undefined
      ? restEvents.jsonBody()
      : postEvent(
          'result' in lambda ? JSON.stringify(lambda.result) : null,
          recording.request.headers,
        );
  const options = { binaryMediaTypes: recording.api?.binaryMediaTypes };
  if ('error' in lambda) {
    return invokeThroughApiGateway(
      () => {
        const error = new Error(lambda.error.errorMessage);
        error.name = lambda.error.errorType;
        throw error;
      },
      event,
      undefined,
      options,
    );
  }
  return invokeThroughApiGateway(async () => lambda.result, event, undefined, options);
}

/**
 * Every way the model's answer differs from the recorded one; empty when they agree. `source`
 * names who answered in the messages: a recording made on serverless-offline is not AWS's.
 */
export async function replay(recording: Recording, source = 'AWS'): Promise<string[]> {
  return compare(recording.client, await modelAnswer(recording), source);
}

export function compare(
  recorded: ClientAnswer,
  model: {
    statusCode: number;
    headers: Record<string, string>;
    body: string;
    bodyEncoding?: 'base64';
  },
  source = 'AWS',
): string[] {
  const differences: string[] = [];
  if (model.statusCode !== recorded.statusCode)
    differences.push(`status: ${source} ${recorded.statusCode}, model ${model.statusCode}`);
  for (const [name, value] of Object.entries(recorded.headers ?? {})) {
    const modelled = model.headers[name.toLowerCase()];
    if (modelled !== value)
      differences.push(
        `header ${name}: ${source} ${JSON.stringify(value)}, model ${JSON.stringify(modelled)}`,
      );
  }
  for (const name of recorded.presentHeaders ?? []) {
    if (model.headers[name.toLowerCase()] === undefined)
      differences.push(`header ${name}: ${source} sends one, the model does not`);
  }
  for (const name of recorded.absentHeaders ?? []) {
    if (model.headers[name.toLowerCase()] !== undefined)
      differences.push(`header ${name}: ${source} sends none, the model does`);
  }
  const difference = bodyDifference(recorded.body, model, source);
  if (difference !== undefined) differences.push(difference);
  return differences;
}

function bodyDifference(
  recorded: ClientAnswer['body'],
  model: { body: string; bodyEncoding?: 'base64' },
  source: string,
): string | undefined {
  if (recorded === undefined) return undefined;
  const modelBody =
    model.bodyEncoding === 'base64' ? `bytes (base64) ${model.body}` : JSON.stringify(model.body);
  if ('bytes' in recorded) {
    return model.bodyEncoding === 'base64' && model.body === recorded.bytes
      ? undefined
      : `body: ${source} bytes (base64) ${recorded.bytes}, model ${modelBody}`;
  }
  if (model.bodyEncoding === 'base64') return `body: ${source} text, model ${modelBody}`;
  if ('text' in recorded)
    return model.body === recorded.text
      ? undefined
      : `body: ${source} ${JSON.stringify(recorded.text)}, model ${modelBody}`;
  return sameJson(model.body, recorded.json)
    ? undefined
    : `body: ${source} ${JSON.stringify(recorded.json)}, model ${model.body}`;
}

function sameJson(text: string, expected: unknown): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(text), expected);
  } catch {
    return false;
  }
}

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) =>
      isDeepStrictEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
