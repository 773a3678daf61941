import {
  type AnyLambdaHandler,
  explainLambdaAnswer,
  type IntegrationResponse,
  invokeThroughLambdaIntegration,
  mapLambdaOutcome,
} from './lambda-integration';
import { type Evidence, evidence } from './sources';

// Table-driven: one row per rule of the Lambda (non-proxy) integration that the model
// applies, each with its evidence (its level is in the test's name).

const PROBLEM_JSON = "'application/problem+json'";
const bodyOfMessage = "$input.path('$.errorMessage').substring(6)";
const response = (
  status: number,
  pattern: string,
  template: string | null = bodyOfMessage,
): IntegrationResponse => ({
  StatusCode: String(status),
  SelectionPattern: pattern,
  ResponseParameters: { 'method.response.header.Content-Type': PROBLEM_JSON },
  ...(template === null ? {} : { ResponseTemplates: { 'application/json': template } }),
});
// What serverless.yml's response.statusCodes compile to in the workshop's solution.
const mapping = [
  response(200, ''),
  response(400, '\\[400\\] [\\s\\S]*'),
  response(500, '\\[500\\] [\\s\\S]*'),
  response(502, '[^\\[][\\s\\S]*', '{"status":502}'),
];
const throwing =
  (message: string): AnyLambdaHandler<unknown> =>
  async () => {
    throw new Error(message);
  };

interface Rule {
  rule: string;
  evidence: Evidence;
  handler: AnyLambdaHandler<unknown>;
  responses?: IntegrationResponse[];
  status: number;
  /** Statuses AWS may answer with instead (several patterns match). */
  alternatives?: number[];
  body?: string | RegExp;
  problem?: RegExp;
}

const overrideTemplate =
  "$input.json('$')\n#if($input.path('$').toString().contains('customerror'))#set($context.responseOverride.status = 400)#else#set($context.responseOverride.status = 202)#end";

const rules: Rule[] = [
  {
    rule: 'a thrown error whose message matches a pattern gets that status',
    evidence: evidence.selectionByPattern,
    handler: throwing('[400] {"detail":"x"}'),
    status: 400,
  },
  {
    rule: 'the template renders the body from the error document',
    evidence: evidence.template,
    handler: throwing('[400] {"detail":"x"}'),
    status: 400,
    body: '{"detail":"x"}',
  },
  {
    rule: 'an error no pattern matches gets the default response: 200',
    evidence: evidence.defaultForUnmatched,
    handler: throwing('[415] {"detail":"x"}'),
    status: 200,
  },
  {
    rule: 'a pattern must match the whole message',
    evidence: evidence.patternWholeMessage,
    handler: throwing('[400] x'),
    responses: [response(200, ''), response(400, '\\[400\\]')],
    status: 200,
  },
  {
    rule: '"." does not match a line break',
    evidence: evidence.dotNoNewline,
    handler: throwing('[400] two\nlines'),
    responses: [response(200, ''), response(400, '\\[400\\] .*')],
    status: 200,
  },
  {
    rule: 'a response with its own template uses it',
    evidence: evidence.template,
    handler: throwing('Task timed out after 6.01 seconds'),
    status: 502,
    body: '{"status":502}',
  },
  {
    rule: 'without a template the client gets the whole error document, stack trace included',
    evidence: evidence.errorDocumentPassThrough,
    handler: throwing('[400] x'),
    responses: [response(200, ''), response(400, '\\[400\\] [\\s\\S]*', null)],
    status: 400,
    body: /^\{"errorType":"Error","errorMessage":"\[400\] x","trace":\["Error: \[400\] x",/,
  },
  {
    rule: '$input.json gives the value as JSON text, quoted and escaped',
    evidence: evidence.template,
    handler: throwing('[400] say "hi"'),
    responses: [
      response(200, ''),
      response(400, '\\[400\\] [\\s\\S]*', '{"message": $input.json(\'$.errorMessage\')}'),
    ],
    status: 400,
    body: '{"message": "[400] say \\"hi\\""}',
  },
  {
    rule: 'a success is matched as an empty message: a pattern that matches nothing catches it',
    evidence: evidence.successAsEmpty,
    handler: async () => ({ ok: true }),
    responses: [response(200, ''), response(500, '[\\s\\S]*')],
    status: 500,
  },
  {
    rule: 'a success is matched as an empty message: ".+" does not catch it',
    evidence: evidence.successNotCaughtByPlus,
    handler: async () => ({ ok: true }),
    responses: [response(200, '', null), response(502, '.+')],
    status: 200,
    body: '{"ok":true}',
  },
  {
    rule: 'a success with no template passes its result through as JSON',
    evidence: evidence.passThrough,
    handler: async () => ({ ok: true }),
    responses: [response(200, '', null)],
    status: 200,
    body: '{"ok":true}',
  },
  {
    rule: 'a template may set the status: $context.responseOverride.status',
    evidence: evidence.responseOverride,
    handler: async () => ({ statusCode: 200, body: 'customerror' }),
    responses: [response(200, '', overrideTemplate)],
    status: 400,
    body: /^\{"statusCode":200,"body":"customerror"\}/,
  },
  {
    rule: 'two matching patterns: AWS answers with one of them, not a 500',
    evidence: evidence.overlappingPatterns,
    handler: throwing('[400] x'),
    responses: [response(200, ''), response(400, '\\[400\\][\\s\\S]*'), response(502, '.+')],
    status: 400,
    alternatives: [502],
  },
  {
    rule: 'two matching patterns: the model takes the lowest status, whatever the order',
    evidence: evidence.overlappingChoice,
    handler: throwing('[400] x'),
    responses: [response(502, '.+'), response(200, ''), response(400, '\\[400\\][\\s\\S]*')],
    status: 400,
    alternatives: [502],
  },
  {
    rule: 'no matching pattern and no default response: 500, a configuration error',
    evidence: evidence.noDefault,
    handler: throwing('oops'),
    responses: [response(400, '\\[400\\] [\\s\\S]*')],
    status: 500,
    problem: /no default response/,
  },
];

describe('the API Gateway model, Lambda integration: what the client receives', () => {
  it.each(rules.map((rule) => [rule.evidence.level, rule.rule, rule] as const))(
    '[%s] %s',
    async (_, __, rule) => {
      const answer = await invokeThroughLambdaIntegration(
        rule.handler,
        {},
        rule.responses ?? mapping,
      );
      expect(answer.statusCode).toBe(rule.status);
      if (rule.problem) expect(answer.problem).toMatch(rule.problem);
      else expect(answer.problem).toBeUndefined();
      if (typeof rule.body === 'string') expect(answer.body).toBe(rule.body);
      if (rule.body instanceof RegExp) expect(answer.body).toMatch(rule.body);
      expect(answer.alternatives).toEqual(rule.alternatives);
      expect(rule.evidence.source.length).toBeGreaterThan(0);
    },
  );

  it('sends the headers the integration response maps, and its own request id', () => {
    const answer = mapLambdaOutcome(
      { error: { errorType: 'Error', errorMessage: '[400] {}', trace: [] } },
      mapping,
      'gateway-id',
    );
    expect(answer.headers).toEqual({
      'content-type': 'application/problem+json',
      'x-amzn-requestid': 'gateway-id',
    });
  });

  it.each([
    [
      evidence.remappedNonProxy.level,
      'WWW-Authenticate',
      { 'x-amzn-remapped-www-authenticate': 'Bearer' },
    ],
    [evidence.remappedNonProxy.level, 'Server', { 'x-amzn-remapped-server': 'Bearer' }],
    [evidence.droppedNonProxy.level, 'Transfer-Encoding', {}],
    [evidence.passedNonProxy.level, 'Warn', { warn: 'Bearer' }],
  ])('[%s] a mapped %s header reaches the client as %j', (_, name, expected) => {
    const answer = mapLambdaOutcome(
      { result: {} },
      [{ StatusCode: 401, ResponseParameters: { [`method.response.header.${name}`]: "'Bearer'" } }],
      'gateway-id',
    );
    expect(answer.headers).toEqual({
      'content-type': 'application/json',
      'x-amzn-requestid': 'gateway-id',
      ...expected,
    });
  });

  it('says Content-Type application/json when no header is mapped', () => {
    const answer = mapLambdaOutcome({ result: {} }, [{ StatusCode: 200 }]);
    expect(answer.headers['content-type']).toBe('application/json');
  });

  it('explains a status in one sentence: which response, and why', async () => {
    const answer = await invokeThroughLambdaIntegration(throwing('Something broke'), {}, [
      response(200, ''),
      response(400, '\\[400\\] [\\s\\S]*'),
    ]);
    expect(explainLambdaAnswer(answer)).toBe(
      'API Gateway would answer 200: the error message "Something broke" matches no selection pattern, so API Gateway uses the default response, 200.',
    );
  });

  it('says so when a pattern uses syntax it cannot read, rather than guessing', () => {
    expect(() => mapLambdaOutcome({ result: {} }, [response(400, '[unclosed')])).toThrow(
      /cannot read the selection pattern/,
    );
  });

  it('the matcher passes any status AWS may pick among matching patterns, with a note', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = await invokeThroughLambdaIntegration(throwing('[400] x'), {}, [
      response(200, ''),
      response(400, '\\[400\\][\\s\\S]*'),
      response(502, '.+'),
    ]);
    expect(answer).toBeMappedToStatus(400);
    expect(answer).toBeMappedToStatus(502);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^AWS may answer 400 or 502 here — inferred, not documented/),
    );
    expect(() => expect(answer).toBeMappedToStatus(200)).toThrow(
      /Expected the client to receive 200/,
    );
    warn.mockRestore();
  });

  it('the matcher explains a wrong status', async () => {
    const answer = await invokeThroughLambdaIntegration(throwing('Something broke'), {}, mapping);
    expect(answer).toBeMappedToStatus(502);
    expect(() => expect(answer).toBeMappedToStatus(500)).toThrow(
      /Expected the client to receive 500, but API Gateway would answer 502: the error message "Something broke" matches the pattern/,
    );
  });
});
