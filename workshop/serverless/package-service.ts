import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IntegrationResponse } from 'api-gateway-answer';
import { repoRoot } from '../paths';
import { frameworkFolder, lockBuildFolder } from './build-copy';
import { takeLock } from './file-lock';
import { runFramework } from './framework';
import { type ResolvedConfig, resolvedConfig } from './resolved-config';
import { type ZipEntry, zipEntries } from './zip-entries';

export interface CloudFormationResource {
  Type: string;
  Properties: Record<string, unknown>;
}

/** One zip the package made. */
export interface Artifact {
  /** e.g. `lambda-http-errors-workshop.zip`, or `throw_error.zip` when packaged per function. */
  name: string;
  bytes: number;
  entries: ZipEntry[];
}

export interface PackagedService {
  folder: string;
  /** Every zip: the service's one, or one per function with `package.individually`; by name. */
  artifacts: Artifact[];
  /** The first artifact's size and files: the whole service's, unless it is packaged per function. */
  zipBytes: number;
  entries: ZipEntry[];
  resources: Record<string, CloudFormationResource>;
  output: string;
}

export interface PackageOptions {
  stage?: string;
  /**
   * The test reads only the CloudFormation template, which does not depend on the code of
   * the handlers: reuse a package made from the same serverless.yml, whatever the handlers say.
   */
  templateOnly?: boolean;
}

/**
 * Runs `serverless package` for the service in `folder` (a step folder runs in its build
 * copy, see frameworkFolder) and reads what it made. Nothing goes to AWS.
 *
 * Packages are kept under .workshop/cache/package by a hash of what they are made from
 * (serverless.yml as resolved, the handlers' folder, the installed framework and plugins,
 * see packageKey): the same files give the same package, and a second run of the same step,
 * or a rerun after a save that changed nothing the package depends on, takes no framework
 * run (2 to 3 s each).
 */
export async function packageService(
  folder: string,
  options: PackageOptions = {},
): Promise<PackagedService> {
  const stage = options.stage ?? 'dev';
  // A serverless.yml the framework cannot read fails here, with the same message as the
  // tests that read it.
  const config = await resolvedConfig(folder);
  const keys = {
    full: packageKey(folder, config, stage, false),
    template: packageKey(folder, config, stage, true),
  };
  const key = options.templateOnly ? keys.template : keys.full;
  if (key === undefined) return readPackage(await runPackage(folder, stage));

  const cached = path.join(cacheRoot, key);
  mkdirSync(cacheRoot, { recursive: true });
  // One package run per key at a time: the CLI starts one ahead of the tests (see
  // prepare-step), and the tests wait for it instead of running a second.
  const lock = `${path.join(cacheRoot, keys.full ?? key)}.lock`;
  while (!existsSync(cached) && !takeLock(lock))
    await new Promise((resolve) => setTimeout(resolve, 100));
  const release = () => rmSync(lock, { force: true });
  try {
    if (existsSync(cached)) {
      // Newest first when the cache is pruned: a package in use is not the one to go.
      const now = new Date();
      utimesSync(cached, now, now);
      return readPackage(cached);
    }
    const work = await runPackage(folder, stage);
    try {
      // Whole or not at all: a package appears in the cache by one rename. It serves a
      // test that reads all of it and one that reads only the template.
      for (const each of new Set([keys.full, keys.template].filter(Boolean))) {
        const target = path.join(cacheRoot, each as string);
        const incoming = `${target}.${process.pid}.tmp`;
        cpSync(work, incoming, { recursive: true });
        try {
          renameSync(incoming, target);
        } catch {
          rmSync(incoming, { recursive: true, force: true });
        }
      }
      pruneCache();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    return readPackage(cached);
  } finally {
    release();
  }
}

/** Runs `serverless package` into a new temporary folder and returns it. */
async function runPackage(folder: string, stage: string): Promise<string> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'workshop-package-'));
  const where = frameworkFolder(folder, 'package');
  const release = await lockBuildFolder(where);
  let run: Awaited<ReturnType<typeof runFramework>>;
  try {
    run = await runFramework(['package', '--stage', stage, '--package', work], where);
  } finally {
    release();
  }
  writeFileSync(path.join(work, 'output.txt'), run.output);
  if (run.code !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`serverless package failed (exit ${run.code}):\n${run.output}`);
  }
  return work;
}

function readPackage(folder: string): PackagedService {
  const artifacts = readdirSync(folder)
    .filter((name) => name.endsWith('.zip'))
    .sort()
    .map((name) => ({
      name,
      bytes: statSync(path.join(folder, name)).size,
      entries: zipEntries(path.join(folder, name)),
    }));
  const output = readFileSync(path.join(folder, 'output.txt'), 'utf8');
  if (artifacts.length === 0)
    throw new Error(`serverless package made no zip in ${folder}:\n${output}`);
  const template = JSON.parse(
    readFileSync(path.join(folder, 'cloudformation-template-update-stack.json'), 'utf8'),
  );
  return {
    folder,
    artifacts,
    zipBytes: artifacts[0].bytes,
    entries: artifacts[0].entries,
    resources: template.Resources,
    output,
  };
}

const cacheRoot = path.join(repoRoot, '.workshop', 'cache', 'package');
const KEPT = 40;

/**
 * What a package is made from, as a hash: serverless.yml as the framework resolves it (so a
 * comment or a blank line saved into it makes no new package, and the environment variables
 * it reads are in it), the installed framework and plugins, and the files under the folders
 * of the functions' handlers (`src/`, or `solution/src/` for the solution), which is all the
 * bundles are made of. Undefined, so not cached, for a whole package whose handlers sit at
 * the top of the folder. A template-only key leaves the handlers' code out: the template does
 * not depend on it, only on which files there are.
 */
function packageKey(
  folder: string,
  config: ResolvedConfig,
  stage: string,
  templateOnly: boolean,
): string | undefined {
  const handlerFolders = [
    ...new Set(
      Object.values(config.functions ?? {}).map((fn) =>
        path.posix.dirname(String(fn.handler ?? '')),
      ),
    ),
  ].sort();
  const atTop = handlerFolders.some((handlers) => handlers === '.' || handlers.startsWith('..'));
  if (atTop && !templateOnly) return undefined;
  const files = (atTop ? [] : handlerFolders).flatMap((handlers) => {
    const below = path.join(folder, handlers);
    if (!existsSync(below)) return [];
    return readdirSync(below, { recursive: true, encoding: 'utf8' })
      .map((file) => path.join(below, file))
      .filter((file) => statSync(file).isFile());
  });
  const hash = createHash('sha256');
  hash.update(`stage ${stage}\0${JSON.stringify(config)}\0`);
  // The installed framework and plugins: an upgrade must not reuse an old package.
  hash.update(readFileSync(path.join(repoRoot, 'package-lock.json')));
  for (const file of files.sort()) {
    hash.update(`file ${path.relative(folder, file).split(path.sep).join('/')}\0`);
    if (!templateOnly) hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 24);
}

/** Keeps the newest packages only. */
function pruneCache(): void {
  const entries = readdirSync(cacheRoot)
    .filter((name) => !name.endsWith('.tmp') && !name.endsWith('.lock'))
    .map((name) => ({ name, time: statSync(path.join(cacheRoot, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const entry of entries.slice(KEPT))
    rmSync(path.join(cacheRoot, entry.name), { recursive: true, force: true });
}

/** A template's resources: a package's, or the template compiled alone (compileTemplate). */
export type WithResources = Pick<PackagedService, 'resources'>;

/** The resources of one CloudFormation type, e.g. `AWS::ApiGateway::Method`. */
export function resourcesOfType(service: WithResources, type: string): CloudFormationResource[] {
  return Object.values(service.resources).filter((resource) => resource.Type === type);
}

/** How API Gateway calls the back end of one method: AWS_PROXY, AWS (the Lambda integration), MOCK… */
export interface MethodIntegration {
  Type: string;
  IntegrationResponses?: IntegrationResponse[];
}

/** The integration of `httpMethod` on the resource whose path part is `pathPart` (e.g. POST on `throw-lambda`). */
export function methodIntegration(
  service: WithResources,
  pathPart: string,
  httpMethod: string,
): MethodIntegration | undefined {
  const resourceId = Object.entries(service.resources).find(
    ([, resource]) =>
      resource.Type === 'AWS::ApiGateway::Resource' && resource.Properties.PathPart === pathPart,
  )?.[0];
  const method = resourcesOfType(service, 'AWS::ApiGateway::Method').find(
    (resource) =>
      resource.Properties.HttpMethod === httpMethod &&
      (resource.Properties.ResourceId as { Ref?: string } | undefined)?.Ref === resourceId,
  );
  return method?.Properties.Integration as MethodIntegration | undefined;
}
