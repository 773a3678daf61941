import type { ClientAnswer } from 'api-gateway-answer/evidence';
import { compare } from 'api-gateway-answer/evidence';
import type { HttpAnswer } from '../recorder/to-recording';

/**
 * Where the answer received differs from the model's prediction, in status, Content-Type and
 * body. The request ids (the body's `requestId`, `x-request-id`) name each invocation, so they
 * differ on every call: both must be there, their values are not compared.
 */
export function differencesFromPrediction(
  received: HttpAnswer,
  predicted: { statusCode: number; headers: Record<string, string>; body: string },
  source: string,
): string[] {
  const contentType = received.headers.get('content-type');
  const answer: ClientAnswer = {
    statusCode: received.status,
    headers: contentType === null ? {} : { 'content-type': contentType },
    ...(contentType === null ? { absentHeaders: ['content-type'] } : {}),
    body: maskRequestId(received.body),
  };
  const masked = maskedJson(predicted.body);
  return compare(
    answer,
    masked === undefined ? predicted : { ...predicted, body: JSON.stringify(masked) },
    source,
  );
}

const REQUEST_ID = '<requestId>';

function maskedJson(body: string): unknown {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value === 'object' && value !== null && 'requestId' in value)
      return { ...value, requestId: REQUEST_ID };
    return value;
  } catch {
    return undefined;
  }
}

function maskRequestId(body: string): ClientAnswer['body'] {
  const json = maskedJson(body);
  return json === undefined ? { text: body } : { json };
}
