import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  type AnyHttpApiHandler,
  type AnyLambdaHandler,
  type AnyProxyHandler,
  type IntegrationResponse,
  invokeThroughApiGateway,
  invokeThroughHttpApi,
  invokeThroughLambdaIntegration,
} from 'api-gateway-answer';
import { answerWhenSlow } from 'api-gateway-answer/engine';
import { httpApiEvents, restEvents } from 'api-gateway-answer/events';
import { lambdaIntegrationEvent } from '../fixtures/lambda-integration-events';
import { FrontDoor } from '../front-door/front-door';
import { repoRoot } from '../paths';
import {
  methodIntegration,
  type PackagedService,
  packageService,
} from '../serverless/package-service';
import { type ServerlessOffline, startServerlessOffline } from '../serverless/serverless-offline';
import { type Difference, differences, ORIGIN } from './differences';

// If serverless-offline changes any of these answers (an upgrade), a test here fails and
// docs/local-vs-aws.md must be revisited: the page cannot silently go stale.

let api: ServerlessOffline;
let packaged: PackagedService;
beforeAll(async () => {
  // One after the other: both build into the service folder's .esbuild/.
  packaged = await packageService(path.join(__dirname, 'service'));
  rmSync(packaged.folder, { recursive: true, force: true });
  api = await startServerlessOffline({ cwd: path.join(__dirname, 'service') });
}, 120_000);
afterAll(async () => api?.stop());

describe('serverless-offline answers as docs/local-vs-aws.md says', () => {
  it.each(differences.map((d) => [d.route, d] as const))('POST %s', async (_route, difference) => {
    // serverless-offline serves httpApi routes at the server's root, without the stage.
    const response = await sendRow(difference, api.baseUrl, new URL(api.baseUrl).origin);
    difference.local({
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    });
  });
});

describe('API Gateway on AWS answers differently, as the model of its rules says', () => {
  const integrationResponses = (route: string): IntegrationResponse[] =>
    methodIntegration(packaged, route.slice(1), 'POST')?.IntegrationResponses ?? [];
  it.each(differences.map((d) => [d.route, d, d.aws] as const))(
    'POST %s',
    async (route, difference, aws) => {
      const answer =
        (difference.timing && answerWhenSlow(difference.timing)) ??
        (difference.integration === 'lambda'
          ? await invokeThroughLambdaIntegration(
              difference.handler as AnyLambdaHandler<unknown>,
              lambdaIntegrationEvent(),
              integrationResponses(route),
            )
          : difference.integration === 'http-api'
            ? await invokeThroughHttpApi(
                difference.handler as AnyHttpApiHandler,
                difference.origin ? httpApiEvents.fromOrigin(ORIGIN) : httpApiEvents.jsonBody(),
              )
            : await invokeThroughApiGateway(
                difference.handler as AnyProxyHandler,
                restEvents.jsonBody(),
              ));
      expect(answer.statusCode).toBe(aws.statusCode);
      if (aws.problem) expect(answer.problem).toMatch(aws.problem);
      else expect(answer.problem).toBeUndefined();
      if (aws.headerAbsent) expect(answer.headers).not.toHaveProperty(aws.headerAbsent);
      if (aws.header) expect(answer.headers[aws.header[0]]).toBe(aws.header[1]);
      if (aws.body) expect(answer.body).toMatch(aws.body);
    },
  );
});

describe("the workshop's local API answers every row as AWS does", () => {
  let door: FrontDoor;
  beforeAll(async () => {
    door = await FrontDoor.start({ folder: path.join(__dirname, 'service') });
  });
  afterAll(async () => door?.stop());

  it.each(differences.map((d) => [d.route, d, d.aws] as const))(
    'POST %s',
    async (_route, difference, aws) => {
      const response = await sendRow(difference, door.baseUrl, door.httpApiUrl);
      const body = await response.text();
      expect(response.status).toBe(aws.statusCode);
      if (aws.headerAbsent) expect(response.headers.get(aws.headerAbsent)).toBeNull();
      if (aws.header) expect(response.headers.get(aws.header[0])).toBe(aws.header[1]);
      if (aws.body) expect(body).toMatch(aws.body);
      // Its console line says why, with the model's reason.
      if (aws.problem) expect(door.output()).toMatch(aws.problem);
    },
  );
});

/** A row's request, as a browser on ORIGIN or a client sends it: REST under the stage, HTTP API routes at the root. */
function sendRow(difference: Difference, restBase: string, httpApiBase: string): Promise<Response> {
  const url =
    difference.integration === 'http-api'
      ? new URL(difference.route, httpApiBase).href
      : `${restBase}${difference.route}`;
  return fetch(url, {
    method: 'POST',
    body: '{"blah": "blah1"}',
    headers: {
      'Content-Type': 'application/json',
      ...(difference.origin ? { Origin: ORIGIN } : {}),
    },
  });
}

describe('docs/local-vs-aws.md', () => {
  const page = readFileSync(path.join(repoRoot, 'docs', 'local-vs-aws.md'), 'utf8');

  it.each(differences.map((d) => d.route))(
    "has a row for POST %s, where the workshop's local API answers as AWS",
    (route) => {
      const row = page.split('\n').find((line) => line.startsWith(`| \`POST ${route}\` |`));
      expect(row).toContain('| as AWS |');
    },
  );

  it('names the serverless-offline major version it was measured with', () => {
    const { version } = JSON.parse(
      readFileSync(
        path.join(repoRoot, 'node_modules', 'serverless-offline', 'package.json'),
        'utf8',
      ),
    );
    expect(page).toContain(`serverless-offline ${version.split('.')[0]}.`);
  });
});
