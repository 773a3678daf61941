// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${…} here is serverless.yml's variable syntax.

import { corsOnHttpApiEvent } from 'api-gateway-answer';
import { localApisOfThisFile } from './testing/local-apis-of-this-file';

// Mistakes the step tests explain, which `serve` once let pass in silence (issue 25): named at
// start in the step test's words, and a 501 on the routes they affect rather than a guess.

const { serveAnswered: serve } = localApisOfThisFile();

const json = { 'Content-Type': 'application/json' };

describe('a gateway-response value without its inner quotes (step 8)', () => {
  it('is named at start as a deploy AWS refuses, and every REST route answers 501 saying so', async () => {
    const door = await serve('08-cors-on-errors', {
      'serverless.yml': (text) =>
        text.replaceAll(`"'\${self:custom.allowedOrigin}'"`, '${self:custom.allowedOrigin}'),
    });
    const refused = door.notModelled().filter((gap) => gap.kind === 'refused at deploy');
    expect(refused.map((gap) => gap.property)).toEqual([
      'ResponseParameters.gatewayresponse.header.Access-Control-Allow-Origin',
      'ResponseParameters.gatewayresponse.header.Access-Control-Allow-Origin',
    ]);
    expect(refused[0].reason).toContain(
      'without its inner quotes: API Gateway reads it as a mapping expression, and AWS refuses the deploy ("Invalid mapping expression specified")',
    );
    const response = await fetch(`${door.baseUrl}/throw`, {
      method: 'POST',
      body: '{}',
      headers: json,
    });
    expect(response.status).toBe(501);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /^AWS would refuse this deploy, so this route would not exist: The DEFAULT_[45]XX gateway response sets Access-Control-Allow-Origin to http:\/\/localhost:5173 \(you wrote \$\{self:custom.allowedOrigin\}\) without its inner quotes/,
    );
    // What AWS does is known: the line says so, and not that the local API guesses nothing.
    const line = door
      .output()
      .split('\n')
      .find((each) => each.startsWith('POST /dev/throw'));
    expect(line).toContain('AWS would refuse this deploy');
    expect(line).not.toMatch(/not modelled|rather than guess/);
    // The fix wraps what serverless.yml says, not the origin it resolved to.
    expect(refused[0].reason).toContain(
      `(you wrote \${self:custom.allowedOrigin}) without its inner quotes`,
    );
    expect(refused[0].reason).toContain(`"'\${self:custom.allowedOrigin}'"`);
  });
});

describe('cors on the httpApi event (step 10)', () => {
  it("is named at start in the step test's words, and the routes answer as on AWS, without CORS, each line saying why", async () => {
    const door = await serve('10-http-api', {
      'serverless.yml': (text) =>
        text
          .replace(/ {2}httpApi:\n(?: {4}.*\n| *\n)*/, '')
          .replace('path: /throw\n', 'path: /throw\n          cors: true\n'),
    });
    expect(door.notModelled()).toEqual([
      expect.objectContaining({
        property: 'cors',
        reason: corsOnHttpApiEvent(),
        kind: 'ignored by the framework',
      }),
    ]);
    const response = await fetch(`${door.httpApiUrl}/throw`, {
      method: 'POST',
      body: '{}',
      headers: { ...json, Origin: 'http://localhost:5173' },
    });
    // The framework ignores the key: AWS deploys the route and answers it, with no CORS header.
    expect(response.status).not.toBe(501);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const line = door
      .output()
      .split('\n')
      .find((each) => each.startsWith('POST /throw'));
    expect(line).toContain(
      'note: cors on the httpApi event is ignored by the framework, so the HTTP API adds no CORS header and answers no preflight: move it to provider.httpApi.cors',
    );
  });
});
