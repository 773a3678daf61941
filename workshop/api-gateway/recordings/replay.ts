import { restEvents } from '../../fixtures/rest-events';
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
  if ('error' in lambda) {
    return invokeThroughApiGateway(() => {
      const error = new Error(lambda.error.errorMessage);
      error.name = lambda.error.errorType;
      throw error;
    }, restEvents.jsonBody());
  }
  return invokeThroughApiGateway(async () => lambda.result, restEvents.jsonBody());
}

/**
 * Every way the model's answer differs from the recorded one; empty when they agree. `source`
 * names who answered in the messages: a recording made on the local API is not AWS's.
 */
export async function replay(recording: Recording, source = 'AWS'): Promise<string[]> {
  return compare(recording.client, await modelAnswer(recording), source);
}

export function compare(
  recorded: ClientAnswer,
  model: { statusCode: number; headers: Record<string, string>; body: string },
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
  if ('text' in recorded.body) {
    if (model.body !== recorded.body.text)
      differences.push(
        `body: ${source} ${JSON.stringify(recorded.body.text)}, model ${JSON.stringify(model.body)}`,
      );
  } else if (!sameJson(model.body, recorded.body.json)) {
    differences.push(`body: ${source} ${JSON.stringify(recorded.body.json)}, model ${model.body}`);
  }
  return differences;
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
