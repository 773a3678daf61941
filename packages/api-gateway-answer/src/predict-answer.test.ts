import { type Door, type PredictOptions, predictAnswer } from './predict-answer';

// Table-driven: what the client receives for a value a handler returned (or threw), by door,
// with the level of the rule that decided it.
interface Row {
  name: string;
  value: unknown;
  options: PredictOptions;
  status: number;
  accepted: boolean;
  evidence: string;
  rule: RegExp;
}

const lambdaResponses = [{ StatusCode: 200 }, { StatusCode: 404, SelectionPattern: '\\[404\\].*' }];

const rows: Row[] = [
  {
    name: 'a proxy result with a status reaches the client',
    value: { statusCode: 400, body: 'x' },
    options: { door: 'rest-proxy' },
    status: 400,
    accepted: true,
    evidence: 'recorded',
    rule: /sends the statusCode, headers and body/,
  },
  {
    name: 'a throw on a REST proxy is its own 502',
    value: new Error('boom'),
    options: { door: 'rest-proxy' },
    status: 502,
    accepted: false,
    evidence: 'recorded',
    rule: /threw Error: "boom".*502/,
  },
  {
    name: 'an object body on a REST proxy is a 502 (reported)',
    value: { statusCode: 200, body: { a: 1 } },
    options: { door: 'rest-proxy' },
    status: 502,
    accepted: false,
    evidence: 'reported',
    rule: /body must be a string/,
  },
  {
    name: 'an error without statusCode behind an HTTP API is an inferred 200',
    value: { message: 'not found' },
    options: { door: 'http-api-v2' },
    status: 200,
    accepted: true,
    evidence: 'documented',
    rule: /no statusCode/,
  },
  {
    name: 'a throw behind an HTTP API is a 500',
    value: new Error('x'),
    options: { door: 'http-api-v2' },
    status: 500,
    accepted: false,
    evidence: 'documented',
    rule: /500/,
  },
  {
    name: 'payload 1.0 infers no status',
    value: { body: 'x' },
    options: { door: 'http-api-v1' },
    status: 500,
    accepted: false,
    evidence: 'documented',
    rule: /does not infer one/,
  },
  {
    name: 'a throw behind a Function URL is a 502',
    value: new Error('x'),
    options: { door: 'function-url' },
    status: 502,
    accepted: false,
    evidence: 'recorded',
    rule: /Function URL answers a failed invocation with 502/,
  },
  {
    name: 'a Lambda integration maps an error by its selection pattern',
    value: new Error('[404] nope'),
    options: { door: 'rest-lambda', integrationResponses: lambdaResponses },
    status: 404,
    accepted: true,
    evidence: 'recorded',
    rule: /matches the pattern/,
  },
  {
    name: 'a Lambda integration without a default response cannot answer an unmatched error',
    value: new Error('nope'),
    options: { door: 'rest-lambda', integrationResponses: [lambdaResponses[1]] },
    status: 500,
    accepted: false,
    evidence: 'documented',
    rule: /no default response/,
  },
  {
    name: 'a thrown string is a throw when told so',
    value: 'a string',
    options: { door: 'rest-proxy', thrown: true },
    status: 502,
    accepted: false,
    evidence: 'recorded',
    rule: /threw/,
  },
];

describe('predictAnswer', () => {
  it.each(rows)('$name', ({ value, options, status, accepted, evidence, rule }) => {
    const prediction = predictAnswer(value, options);
    expect(prediction).toMatchObject({
      statusCode: status,
      accepted,
      evidence,
      door: options.door,
    });
    expect(prediction.rule).toMatch(rule);
    expect(prediction.source).not.toBe('');
    // Only a refused answer says what to change.
    expect(prediction.fix === undefined).toBe(accepted);
  });

  it('keeps what the client would get if AWS accepted a result refused by a weak rule', () => {
    const prediction = predictAnswer({ statusCode: 201, body: { a: 1 } }, { door: 'rest-proxy' });
    expect(prediction.ifAccepted).toMatchObject({ statusCode: 201, body: '{"a":1}' });
  });

  it("adds a REST API's DEFAULT_5XX gateway response headers to its own 502, not to the function's answer", () => {
    const gatewayResponses = [
      {
        ResponseType: 'DEFAULT_5XX',
        ResponseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" },
      },
    ];
    const own = predictAnswer(new Error('x'), { door: 'rest-proxy', gatewayResponses });
    const functions = predictAnswer(
      { statusCode: 500, body: '' },
      { door: 'rest-proxy', gatewayResponses },
    );
    expect(own.headers['access-control-allow-origin']).toBe('*');
    expect(functions.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("adds an HTTP API's CORS headers for an allowed origin", () => {
    const prediction = predictAnswer(
      { statusCode: 404, body: '{}' },
      {
        door: 'http-api-v2',
        cors: { allowedOrigins: ['https://app.example'] },
        origin: 'https://app.example',
      },
    );
    expect(prediction.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('names the doors when given another', () => {
    expect(() => predictAnswer({}, { door: 'rest' as Door })).toThrow(
      /door must be one of rest-proxy, rest-lambda, http-api-v2, http-api-v1, function-url; got "rest"/,
    );
  });
});
