import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { INTERNAL_SERVER_ERROR_BODY } from './gateway-answer';
import { nonProxyClientName } from './integration-response-headers';
import { type FunctionOutcome, invokeFunction, type LambdaErrorDocument } from './lambda-runtime';
import { renderResponseTemplate } from './mapping-template';
import { evidence } from './sources';

/** One integration response of a method, as the CloudFormation the framework generates declares it. */
export interface IntegrationResponse {
  StatusCode: string | number;
  /** A Java regular expression matched against the whole `errorMessage`; '' or absent: the default response. */
  SelectionPattern?: string;
  /** `method.response.header.<Name>` → `'static value'`. */
  ResponseParameters?: Record<string, string>;
  /** Content type → mapping template. */
  ResponseTemplates?: Record<string, string>;
}

export type { LambdaErrorDocument } from './lambda-runtime';
export { lambdaErrorDocument } from './lambda-runtime';

/** Another runtime's error document (Python's, in the AWS recordings), matched the same way. */
export interface OtherRuntimeErrorDocument {
  errorMessage: string;
  errorType: string;
  requestId?: string;
  stackTrace: string[];
}

/** The invocation as API Gateway receives it from Lambda: a result, or an error document. */
export type LambdaOutcome =
  | { result: unknown }
  | { error: LambdaErrorDocument | OtherRuntimeErrorDocument };

/** What a client receives from API Gateway (REST API, Lambda integration, not proxy). */
export interface LambdaIntegrationAnswer {
  statusCode: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  /** Which integration response API Gateway chose, and why: for failure messages. */
  chosen: string;
  /** Set when API Gateway cannot answer as configured (no response matches and there is no default). */
  problem?: string;
  /** Header (lower-case) → why the chosen response does not send it as written, e.g. a static value without its quotes. */
  headerProblems?: Record<string, string>;
  /**
   * When several selection patterns match: the other statuses AWS may answer with. AWS was
   * recorded answering with one of the matching responses; which one is not documented.
   */
  alternatives?: number[];
}

/** Any function that could be configured with `integration: lambda`, typed loosely so tests can pass broken ones. */
export type AnyLambdaHandler<E> = (event: E, context: Context) => unknown;

/** Runs the handler as Lambda would (the one runtime, lambda-runtime.ts) and returns what it hands API Gateway. */
export async function invokeLambda<E>(
  handler: AnyLambdaHandler<E>,
  event: E,
  context?: Context,
): Promise<LambdaOutcome> {
  return lambdaOutcome(await invokeFunction(handler, event, context));
}

/** An invocation as the Lambda integration maps it: a result, or the runtime's error document. */
export function lambdaOutcome(invocation: FunctionOutcome): LambdaOutcome {
  return invocation.kind === 'result' ? { result: invocation.result } : { error: invocation.error };
}

/**
 * What API Gateway sends the client for this outcome, given the method's integration
 * responses. For a failure, the integration response whose SelectionPattern matches the
 * whole errorMessage; when none does, the default one (no pattern) — even for an error.
 * A success is matched as an empty errorMessage (documented: `.*` matches null; recorded:
 * `.+` does not catch one), so a catch-all like `[\s\S]*` catches successes too. When several patterns match, AWS answers with one of them
 * (recorded); the model takes the lowest status and names the others (inferred). The chosen
 * response's template renders the body and may override the status
 * (`$context.responseOverride.status`); without one, the output passes through.
 */
export function mapLambdaOutcome(
  outcome: LambdaOutcome,
  responses: IntegrationResponse[],
  gatewayRequestId: string = randomUUID(),
): LambdaIntegrationAnswer {
  const errorMessage = 'error' in outcome ? outcome.error.errorMessage : '';
  const payload = JSON.stringify('error' in outcome ? outcome.error : outcome.result) ?? 'null';
  const patterned = responses.filter((response) => response.SelectionPattern);
  const matching = patterned.filter((response) =>
    fullMatch(response.SelectionPattern as string, errorMessage),
  );
  const defaults = responses.filter((response) => !response.SelectionPattern);
  const what =
    'error' in outcome
      ? `the error message ${JSON.stringify(errorMessage)}`
      : 'a successful invocation (matched as an empty error message)';

  // Several matches: AWS answers with one of them (recorded); which one is not documented.
  const byStatus = [...matching].sort((a, b) => Number(a.StatusCode) - Number(b.StatusCode));
  const chosen = byStatus[0] ?? defaults[0];
  if (chosen === undefined) {
    return configurationError(
      `${what} matches no selection pattern and there is no default response (one without a pattern)`,
      gatewayRequestId,
    );
  }
  const alternatives = byStatus.slice(1).map((response) => Number(response.StatusCode));
  const why =
    matching.length > 1
      ? `${what} matches the patterns of ${byStatus.map((response) => response.StatusCode).join(' and ')}; AWS answers with one of them (${evidence.overlappingPatterns.level}), which one is not documented (the model takes ${chosen.StatusCode}): make the patterns exclusive`
      : matching.length === 1
        ? `${what} matches the pattern ${JSON.stringify(chosen.SelectionPattern)} of ${chosen.StatusCode}`
        : `${what} matches no selection pattern, so API Gateway uses the default response, ${chosen.StatusCode}`;

  const template = chosen.ResponseTemplates?.['application/json'];
  const { headers, headerProblems } = mapResponseParameters(chosen);
  headers['x-amzn-requestid'] = gatewayRequestId;
  const rendered =
    template === undefined
      ? { body: payload }
      : renderResponseTemplate(template, payload, gatewayRequestId);
  return {
    statusCode: rendered.status ?? Number(chosen.StatusCode),
    headers,
    body: rendered.body,
    chosen:
      rendered.status === undefined
        ? why
        : `${why}, and its template sets $context.responseOverride.status to ${rendered.status}`,
    ...(Object.keys(headerProblems).length > 0 ? { headerProblems } : {}),
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
}

/** Where a mapped header value may come from, besides a quoted static value: expressions this model does not evaluate. */
const MAPPING_EXPRESSION =
  /^(integration\.response\.(header|multivalueheader|body)\b|context\.|stageVariables\.)/;

/**
 * The headers an integration response sends (its static values), and the values it cannot
 * send as written. AWS's IntegrationResponse reference: the value is "a static value
 * enclosed within a pair of single quotes", or a mapping expression such as
 * `integration.response.header.<name>`; `application/json` alone is neither. Some names
 * reach the client as `x-amzn-remapped-<name>`, Transfer-Encoding not at all (recorded).
 */
function mapResponseParameters(response: IntegrationResponse): {
  headers: Record<string, string>;
  headerProblems: Record<string, string>;
} {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const headerProblems: Record<string, string> = {};
  for (const [key, value] of Object.entries(response.ResponseParameters ?? {})) {
    const name = /^method\.response\.header\.(.+)$/.exec(key)?.[1];
    if (name === undefined) continue;
    const literal = /^'(.*)'$/.exec(value)?.[1];
    if (literal !== undefined) {
      const clientName = nonProxyClientName(name);
      if (clientName !== undefined) headers[clientName] = literal;
    } else if (!MAPPING_EXPRESSION.test(value)) {
      headerProblems[name.toLowerCase()] =
        `the integration response ${response.StatusCode} maps ${name} to ${JSON.stringify(value)}, which is neither a static value nor a mapping expression: a static header value must be quoted: ${JSON.stringify(`'${value}'`)} (in serverless.yml, single quotes inside double quotes)`;
    }
  }
  return { headers, headerProblems };
}

/** Runs the handler and maps the outcome: what a client of the Lambda integration receives. */
export async function invokeThroughLambdaIntegration<E>(
  handler: AnyLambdaHandler<E>,
  event: E,
  responses: IntegrationResponse[],
  context?: Context,
): Promise<LambdaIntegrationAnswer> {
  return mapLambdaOutcome(await invokeLambda(handler, event, context), responses);
}

/** One sentence for a failing check: what API Gateway would answer and why. */
export function explainLambdaAnswer(answer: LambdaIntegrationAnswer): string {
  if (answer.problem !== undefined)
    return `API Gateway would answer ${answer.statusCode} ${answer.body}: ${answer.problem}.`;
  return `API Gateway would answer ${answer.statusCode}: ${answer.chosen}.`;
}

/** API Gateway's answer when the integration responses cannot map an outcome ("Execution failed due to configuration error"). */
function configurationError(problem: string, gatewayRequestId: string): LambdaIntegrationAnswer {
  return {
    statusCode: 500,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': gatewayRequestId },
    body: INTERNAL_SERVER_ERROR_BODY,
    chosen: 'none',
    problem,
  };
}

/** API Gateway matches a selection pattern against the whole message, with Java's regular expressions. */
function fullMatch(pattern: string, text: string): boolean {
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${pattern})$`);
  } catch {
    throw new Error(
      `The API Gateway model cannot read the selection pattern ${JSON.stringify(pattern)} (it reads the syntax Java and JavaScript share).`,
    );
  }
  return regex.test(text);
}
