import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { type AnyHandler, answerThroughApiGateway } from '../answer-through-api-gateway';
import type { GatewayAnswer } from '../gateway-answer';
import { corsCheckFailure } from '../http-api/cors';
import { httpApiSources } from '../http-api/evidence';
import { type Door, type Prediction, type PredictOptions, predictAnswer } from '../predict-answer';

/** What the matchers take besides the door: the status the client should receive, and the API's configuration. */
export interface GatewayExpectation extends Omit<PredictOptions, 'thrown'> {
  /** The status the client should receive; any, when left out. */
  status?: number;
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** Only these levels may fail a check: a reported or inferred rule earns a note instead. */
const FIRM = new Set(['recorded', 'documented']);

const WHO: Record<Door, string> = {
  'rest-proxy': 'a REST API (Lambda-proxy integration)',
  'rest-lambda': 'a REST API (Lambda integration)',
  'http-api-v2': 'an HTTP API (payload 2.0)',
  'http-api-v1': 'an HTTP API (payload 1.0)',
  'function-url': 'a Function URL',
};

/**
 * Matchers for jest's and Vitest's `expect.extend`. Each failure says what the client would
 * receive, the rule that decided it, its evidence, and what to change. A rule that is only
 * reported or inferred never fails a check: the matcher judges what the client would get if
 * AWS accepted the result, and prints a note saying what AWS may do instead.
 */
export const apiGatewayMatchers = {
  /** `expect(result).toBeAcceptedByApiGateway({ door })`: the door delivers the handler's result (or throw). */
  toBeAcceptedByApiGateway(received: unknown, expectation: GatewayExpectation): MatcherResult {
    return judge(predictAnswer(received, options(expectation)), expectation, 'this result');
  },

  /** `await expect(handler).toAnswerThroughApiGateway(event, { status, door })`: runs the handler on the event. */
  async toAnswerThroughApiGateway(
    handler: unknown,
    event: APIGatewayProxyEvent | APIGatewayProxyEventV2,
    expectation: GatewayExpectation,
  ): Promise<MatcherResult> {
    if (typeof handler !== 'function')
      return {
        pass: false,
        message: () =>
          `toAnswerThroughApiGateway expects a handler function, got ${handler === null ? 'null' : typeof handler}.`,
      };
    const prediction = await answerThroughApiGateway(
      handler as AnyHandler,
      event,
      options(expectation),
    );
    return judge(prediction, expectation, "the handler's answer");
  },

  /** `expect(answer).toBeReadableFrom(origin)`: a browser lets a page at `origin` read the answer (its CORS check). */
  toBeReadableFrom(received: Prediction | GatewayAnswer, origin: string): MatcherResult {
    const headers = received?.headers ?? {};
    const failure = received?.browserRejects ?? corsCheckFailure(headers, origin);
    const door =
      typeof received === 'object' && received !== null && 'door' in received
        ? received.door
        : undefined;
    // API Gateway's own error (a 502 for a throw…): the function never adds headers to it.
    const gatewaysOwn =
      typeof received === 'object' &&
      received !== null &&
      ('accepted' in received ? !received.accepted : received.problem !== undefined);
    return {
      pass: failure === undefined,
      message: () =>
        failure === undefined
          ? `Expected a page at ${origin} not to be able to read the answer, but the browser would let it (Access-Control-Allow-Origin: ${headers['access-control-allow-origin']}).`
          : [
              `Expected a page at ${origin} to read the answer (status ${received.statusCode}), but the browser would not.`,
              `Rule: ${failure}.`,
              `Evidence: documented (${httpApiSources.fetchCorsPreflight}).`,
              `What to change: ${corsFix(door, gatewaysOwn)}.`,
            ].join('\n'),
    };
  },
};

function options({ status: _status, ...rest }: GatewayExpectation): PredictOptions {
  return rest;
}

function judge(
  prediction: Prediction,
  expectation: GatewayExpectation,
  what: string,
): MatcherResult {
  const weak = !prediction.accepted && !FIRM.has(prediction.evidence);
  const answer: Omit<Prediction, 'ifAccepted'> =
    weak && prediction.ifAccepted !== undefined ? prediction.ifAccepted : prediction;
  if (answer !== prediction) console.warn(weakNote(prediction));
  const accepted = answer.accepted;
  const statusMatches =
    expectation.status === undefined || answer.statusCode === expectation.status;
  const pass = accepted && statusMatches;
  const who = WHO[prediction.door] ?? prediction.door;
  return {
    pass,
    message: () => {
      if (pass)
        return `Expected ${who} not to deliver ${what}${expectation.status === undefined ? '' : ` with ${expectation.status}`}, but it would: ${answer.statusCode} (${answer.rule}).`;
      const lines = accepted
        ? [
            `Expected ${who} to answer ${expectation.status}, but the client would receive ${answer.statusCode}.`,
          ]
        : [
            `Expected ${who} to deliver ${what}${expectation.status === undefined ? '' : ` with ${expectation.status}`}, but it would answer ${answer.statusCode} ${answer.body} of its own instead.`,
          ];
      lines.push(`Rule: ${answer.rule}.`);
      lines.push(`Evidence: ${answer.evidence} (${answer.source}).`);
      const fix = answer.fix ?? (accepted ? statusFix(answer, expectation.status) : undefined);
      if (fix !== undefined) lines.push(`What to change: ${fix}.`);
      return lines.join('\n');
    },
  };
}

function weakNote(prediction: Prediction): string {
  return `AWS may answer ${prediction.statusCode} here — ${prediction.evidence}, not documented: ${prediction.rule} (${prediction.source}).`;
}

function statusFix(answer: Omit<Prediction, 'ifAccepted'>, status: number | undefined): string {
  if (/inferred|no statusCode|without statusCode/i.test(answer.rule))
    return `return {statusCode: ${status}, headers, body}: without a statusCode the door infers ${answer.statusCode}`;
  if (answer.door === 'rest-lambda')
    return `add an integration response for ${status} whose SelectionPattern matches the error message`;
  return `return statusCode ${status}`;
}

function corsFix(door: Door | undefined, gatewaysOwn: boolean): string {
  if (gatewaysOwn && (door === 'rest-proxy' || door === 'rest-lambda' || door === undefined))
    return "this is API Gateway's own error, which the function never sees: add Access-Control-Allow-Origin to the REST API's DEFAULT_5XX and DEFAULT_4XX gateway responses, or catch the error in the function and answer it yourself";
  if (door === 'http-api-v2' || door === 'http-api-v1')
    return "list the page's origin in the HTTP API's CORS configuration (allowedOrigins): the HTTP API ignores the function's CORS headers and adds none to its own 500";
  if (door === 'function-url')
    return "configure the origin in the URL's CORS (url.cors) and set no CORS headers in the function, or set them only in the function: never both";
  return 'return Access-Control-Allow-Origin (the origin, or *) on every answer, errors included: with a proxy integration only the function adds it';
}

/**
 * The matchers' types, for a runner other than jest: with Vitest,
 * `declare module 'vitest' { interface Assertion<T> extends ApiGatewayMatchers<T> {} }`.
 */
export interface ApiGatewayMatchers<R> {
  /** The door delivers this result (or this thrown error) to the client, with `status` when given. */
  toBeAcceptedByApiGateway(expectation: GatewayExpectation): R;
  /** Run the handler on `event`: the door delivers its answer, with `status` when given. Await it. */
  toAnswerThroughApiGateway(
    event: APIGatewayProxyEvent | APIGatewayProxyEventV2,
    expectation: GatewayExpectation,
  ): Promise<R>;
  /** A browser lets a page at `origin` read this answer (a prediction or a model's answer). */
  toBeReadableFrom(origin: string): R;
}

declare global {
  // jest's Matchers, for `expect(…).toBeAcceptedByApiGateway(…)` in TypeScript.
  namespace jest {
    interface Matchers<R> extends ApiGatewayMatchers<R> {}
  }
}
