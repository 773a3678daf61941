import { differencesFromPrediction } from './compare-answer';
import { type CheckDeps, checkDeployed } from './main';
import { readmeRequests } from './readme-requests';

const problem = (status: number, title: string, detail: string, requestId: string) =>
  JSON.stringify({ type: 'about:blank', title, status, detail, requestId });
const problemAnswer = (status: number, body: string) => ({
  status,
  headers: new Headers({ 'content-type': 'application/problem+json' }),
  body,
});

describe("an answer against the model's prediction", () => {
  const predicted = {
    statusCode: 400,
    headers: { 'content-type': 'application/problem+json' },
    body: problem(400, 'Bad Request', 'x', 'model-id'),
  };

  it('agrees whatever the request id, which names each invocation', () => {
    expect(
      differencesFromPrediction(
        problemAnswer(400, problem(400, 'Bad Request', 'x', 'aws-id')),
        predicted,
        'AWS',
      ),
    ).toEqual([]);
  });

  it('differs in status, Content-Type and body, each said', () => {
    const received = {
      status: 502,
      headers: new Headers({ 'content-type': 'application/json' }),
      body: '{"message": "Internal server error"}',
    };
    expect(differencesFromPrediction(received, predicted, 'AWS')).toEqual([
      'status: AWS 502, model 400',
      'header content-type: AWS "application/json", model "application/problem+json"',
      expect.stringMatching(
        /^body: AWS \{"message":"Internal server error"\}, model \{.*"requestId":"<requestId>"\}$/,
      ),
    ]);
  });
});

describe('npm run check:deployed', () => {
  const AWS = 'https://a1b2c3.execute-api.us-east-2.amazonaws.com/dev';
  function deps(answer: (url: string) => { status: number; headers: Headers; body: string }) {
    const lines: string[] = [];
    const sent: string[] = [];
    const stackArgs: string[][] = [];
    const checkDeps: CheckDeps = {
      stackInfo: async (args) => {
        stackArgs.push(args);
        return {
          serviceEndpoint: AWS,
          endpoints: [
            { method: 'POST', url: `${AWS}/throw` },
            { method: 'POST', url: `${AWS}/throw-lambda` },
          ],
        };
      },
      template: async () => ({}),
      send: async (url) => {
        sent.push(url);
        return answer(url);
      },
      log: (line) => lines.push(line),
    };
    return { checkDeps, lines, sent, stackArgs };
  }

  it('sends each README request to the endpoint the stack outputs name', async () => {
    const { checkDeps, sent, stackArgs, lines } = deps(() =>
      problemAnswer(502, '{"message": "Internal server error"}'),
    );
    await expect(checkDeployed(['--stage', 'prod'], checkDeps)).resolves.toBe(1);
    expect(stackArgs).toEqual([['--stage', 'prod']]);
    expect(sent).toEqual(readmeRequests.map((request) => `${AWS}${request.path}`));
    expect(lines).toContain('  ✗ status: AWS 502, model 400');
    expect(lines.at(-1)).toBe(
      `${readmeRequests.length} of ${readmeRequests.length} answers differ from the model's prediction.`,
    );
  });

  it('exits 0 when every answer is the predicted one', async () => {
    // The solution's answers; with no integration responses (an empty template), the model says
    // POST /throw-lambda is API Gateway's configuration error, a 500.
    const byBody: Record<string, { status: number; headers: Headers; body: string }> = {
      '{"blah": "blah1"}': problemAnswer(
        400,
        problem(400, 'Bad Request', 'This endpoint always answers 400 Bad Request.', 'id'),
      ),
      'not json': problemAnswer(
        400,
        problem(400, 'Bad Request', 'The request body is not valid JSON.', 'id'),
      ),
      hello: problemAnswer(
        415,
        problem(
          415,
          'Unsupported Media Type',
          'Send the body as application/json, not text/plain.',
          'id',
        ),
      ),
    };
    const { checkDeps, lines } = deps(() => problemAnswer(0, ''));
    checkDeps.send = async (url, init) =>
      url.endsWith('/throw-lambda')
        ? {
            status: 500,
            headers: new Headers({ 'content-type': 'application/json' }),
            body: '{"message": "Internal server error"}',
          }
        : byBody[String(init.body)];
    await expect(checkDeployed([], checkDeps)).resolves.toBe(0);
    expect(lines.filter((line) => line === '  ✓ as the model predicts')).toHaveLength(
      readmeRequests.length,
    );
    expect(lines.at(-1)).toBe(
      `All ${readmeRequests.length} answers are the ones the model predicts.`,
    );
  });

  it('refuses a --url that is not one, and takes a local one without asking the stack', async () => {
    const { checkDeps, sent, stackArgs } = deps(() => problemAnswer(400, ''));
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(checkDeployed(['--url', 'localhost:3000'], checkDeps)).resolves.toBe(1);
    expect(error).toHaveBeenCalledWith('--url must be an http(s) URL, not "localhost:3000".');
    error.mockRestore();
    await checkDeployed(['--url', 'http://localhost:3000/dev/'], checkDeps);
    expect(stackArgs).toEqual([]);
    expect(sent[0]).toBe('http://localhost:3000/dev/throw');
  });
});
