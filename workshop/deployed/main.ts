import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { IntegrationResponse } from 'api-gateway-answer';
import { repoRoot } from '../paths';
import type { Send } from '../recorder/record';
import { sendWithFetch } from '../recorder/record';
import {
  type CloudFormationResource,
  methodIntegration,
  type PackagedService,
  packageService,
} from '../serverless/package-service';
import { endpointFor, type StackInfo, stackInfo } from '../serverless/stack-info';
import { differencesFromPrediction } from './compare-answer';
import { predict } from './predict';
import { readmeRequests } from './readme-requests';

export const USAGE = `Usage: npm run check:deployed [-- --stage <stage>] [--url <base URL>] [--template <file>]

After npm run deploy: sends the README's requests to the deployed POST /throw and
POST /throw-lambda, prints each answer and whether it is the one the workshop's model of
API Gateway predicts. The endpoints come from the stack's outputs (serverless info).

  --stage   the stage you deployed (default dev); AWS_REGION picks the region.
  --url       a base URL instead of the stack's, e.g. http://localhost:3000/dev for npm run serve.
  --template  the compiled CloudFormation template that says how POST /throw-lambda maps errors
              (default: .serverless/cloudformation-template-update-stack.json, which npm run deploy
              and npm run package write).`;

export interface CheckDeps {
  stackInfo: (args: string[]) => Promise<StackInfo>;
  /** The resources of the service's compiled template, for POST /throw-lambda's integration responses. */
  template: (
    file: string | undefined,
    againstStack: boolean,
  ) => Promise<Record<string, CloudFormationResource>>;
  send: Send;
  log: (line: string) => void;
}

const DEPLOYED_TEMPLATE = path.join(
  repoRoot,
  '.serverless',
  'cloudformation-template-update-stack.json',
);

export const defaultCheckDeps: CheckDeps = {
  stackInfo: (args) => stackInfo(repoRoot, args),
  template: async (file, againstStack) => {
    const chosen = file ?? (existsSync(DEPLOYED_TEMPLATE) ? DEPLOYED_TEMPLATE : undefined);
    if (chosen !== undefined) return JSON.parse(readFileSync(chosen, 'utf8')).Resources;
    // Packaging rebuilds .esbuild/, which a running `npm run serve` uses: only against the stack.
    if (!againstStack)
      throw new Error(
        'No compiled template: run npm run package (before npm run serve), or pass --template <file>.',
      );
    return (await packageService(repoRoot)).resources;
  },
  send: sendWithFetch,
  log: (line) => console.log(line),
};

/** Returns the exit code: 0 when every answer is the predicted one. */
export async function checkDeployed(
  argv: string[],
  deps: CheckDeps = defaultCheckDeps,
): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (options.help) {
    deps.log(USAGE);
    return 0;
  }

  let urlOf: (routePath: string) => string | undefined;
  if (options.url !== undefined) {
    if (!/^https?:\/\//.test(options.url)) {
      console.error(`--url must be an http(s) URL, not ${JSON.stringify(options.url)}.`);
      return 1;
    }
    const base = options.url.replace(/\/+$/, '');
    urlOf = (routePath) => `${base}${routePath}`;
  } else {
    const info = await deps.stackInfo(['--stage', options.stage]);
    urlOf = (routePath) => endpointFor(info, 'POST', routePath);
  }
  const responses: IntegrationResponse[] =
    methodIntegration(
      { resources: await deps.template(options.template, options.url === undefined) } as Pick<
        PackagedService,
        'resources'
      > as PackagedService,
      'throw-lambda',
      'POST',
    )?.IntegrationResponses ?? [];
  const source = options.url === undefined ? 'AWS' : 'the API';

  let failed = 0;
  for (const request of readmeRequests) {
    const url = urlOf(request.path);
    deps.log(request.curl);
    if (url === undefined) {
      deps.log(
        `  ✗ the stack's outputs name no POST ${request.path}: deploy the service first (npm run deploy)`,
      );
      failed += 1;
      continue;
    }
    const answer = await deps.send(url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
    });
    deps.log(
      `  ${answer.status} ${answer.headers.get('content-type') ?? '(no content-type)'} ${answer.body}`,
    );
    const differences = differencesFromPrediction(
      answer,
      await predict(request, responses),
      source,
    );
    if (differences.length === 0) deps.log('  ✓ as the model predicts');
    else {
      failed += 1;
      for (const difference of differences) deps.log(`  ✗ ${difference}`);
    }
  }
  deps.log(
    failed === 0
      ? `All ${readmeRequests.length} answers are the ones the model predicts.`
      : `${failed} of ${readmeRequests.length} answers differ from the model's prediction.`,
  );
  return failed === 0 ? 0 : 1;
}

/** The command line's options; throws on an unknown or malformed one. */
function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      stage: { type: 'string', default: 'dev' },
      url: { type: 'string' },
      template: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }).values;
}
