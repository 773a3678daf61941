import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type AnyProxyHandler,
  invokeThroughApiGateway,
  loadOnce,
  misplacedOptions,
  packageService,
  resolvedConfig,
  resourcesOfType,
  restEvents,
} from '@workshop/testing';

const stepFolder = path.resolve(__dirname, '..');
/** What serverless-esbuild reads under custom.esbuild. */
const ESBUILD_OPTIONS = ['bundle', 'minify', 'target', 'exclude'];

// One `serverless package` for the file, into a folder outside the step: nothing goes to AWS.
const packaged = loadOnce(async () => ({
  service: await packageService(stepFolder),
  config: await resolvedConfig(stepFolder),
}));

describe('the artifact Lambda will run', () => {
  it('holds the bundled handler only: src/handler.js, no TypeScript, no node_modules', () => {
    expect(packaged().service.entries.map((entry) => entry.name)).toEqual(['src/handler.js']);
  });

  it('runs on its own: the bundled handler answers 400 with nothing else installed', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'workshop-artifact-'));
    try {
      const file = path.join(folder, 'handler.js');
      writeFileSync(file, packaged().service.entries[0].content());
      jest.spyOn(console, 'log').mockImplementation(() => undefined);
      const { throwError } = require(file) as { throwError: AnyProxyHandler };
      expect(
        await invokeThroughApiGateway(throwError, restEvents.jsonBody()),
      ).toBeDeliveredWithStatus(400);
    } finally {
      jest.restoreAllMocks();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is minified', () => {
    const code = packaged().service.entries[0].content().toString('utf8');
    // Said in words: "Expected <= 3, Received 54" did not say what was counted.
    const lines = code.trim().split('\n').length;
    // Options the plugin never read are the likelier cause than a wrong `minify`: say so.
    const misplaced = misplacedOptions(packaged().config, 'custom.esbuild', ESBUILD_OPTIONS);
    expect(
      lines <= 3
        ? 'minified'
        : `not minified: the bundled handler has ${lines} lines${misplaced ? ` (${misplaced})` : ''}`,
    ).toBe('minified');
    expect(packaged().service.zipBytes).toBeLessThanOrEqual(1024);
  });

  it('is built for Node.js 24, with the AWS SDK left to the runtime', () => {
    // Each fails with its message alone: wrapped in "Received: …" it read as jest's, not ours.
    const misplaced = misplacedOptions(packaged().config, 'custom.esbuild', ESBUILD_OPTIONS);
    if (misplaced !== undefined) throw new Error(misplaced);
    // The option that looks right: a diff would not say why it is not.
    const external = externalInsteadOfExclude(packaged().config.custom?.esbuild);
    if (external !== undefined) throw new Error(external);
    expect(packaged().config.custom?.esbuild).toMatchObject({
      target: 'node24',
      exclude: expect.arrayContaining(['@aws-sdk/*']),
    });
  });
});

/** Why the AWS SDK is under `external` and not `exclude`, or undefined. */
function externalInsteadOfExclude(esbuild: unknown): string | undefined {
  const { external, exclude } = (esbuild ?? {}) as { external?: unknown; exclude?: unknown };
  const namesTheSdk = (list: unknown) =>
    Array.isArray(list) && list.some((name) => String(name).startsWith('@aws-sdk'));
  if (!namesTheSdk(external) || namesTheSdk(exclude)) return undefined;
  return "custom.esbuild.external names the AWS SDK: external keeps a module out of the bundle but still needs it in the zip (serverless-esbuild installs each external module package.json depends on into the zip's node_modules). exclude leaves it out of both, to the runtime, which ships the AWS SDK v3: list '@aws-sdk/*' under exclude.";
}

describe('the CloudFormation template the deploy would send', () => {
  it('creates the function on nodejs24.x', () => {
    const [fn] = resourcesOfType(packaged().service, 'AWS::Lambda::Function');
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Handler: 'src/handler.throwError',
    });
  });

  it('wires POST /throw to it with the Lambda-proxy integration (AWS_PROXY)', () => {
    const post = resourcesOfType(packaged().service, 'AWS::ApiGateway::Method').find(
      (method) => method.Properties.HttpMethod === 'POST',
    );
    expect(post?.Properties.Integration).toMatchObject({ Type: 'AWS_PROXY' });
  });

  it('adds the OPTIONS preflight that cors: true creates, answered by API Gateway itself (MOCK)', () => {
    const options = resourcesOfType(packaged().service, 'AWS::ApiGateway::Method').find(
      (method) => method.Properties.HttpMethod === 'OPTIONS',
    );
    expect(options?.Properties.Integration).toMatchObject({ Type: 'MOCK' });
  });
});
