import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IntegrationResponse } from '../api-gateway/lambda-integration';
import { runFramework } from './framework';
import { zipEntries, type ZipEntry } from './zip-entries';

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

/** Runs `serverless package` for the service in `cwd` into a fresh temporary folder and reads what it made. */
export async function packageService(cwd: string, stage = 'dev'): Promise<PackagedService> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'workshop-package-'));
  const run = await runFramework(['package', '--stage', stage, '--package', folder], cwd);
  if (run.code !== 0) throw new Error(`serverless package failed (exit ${run.code}):\n${run.output}`);
  const artifacts = readdirSync(folder)
    .filter((name) => name.endsWith('.zip'))
    .sort()
    .map((name) => ({ name, bytes: statSync(path.join(folder, name)).size, entries: zipEntries(path.join(folder, name)) }));
  if (artifacts.length === 0) throw new Error(`serverless package made no zip in ${folder}:\n${run.output}`);
  const template = JSON.parse(readFileSync(path.join(folder, 'cloudformation-template-update-stack.json'), 'utf8'));
  return { folder, artifacts, zipBytes: artifacts[0].bytes, entries: artifacts[0].entries, resources: template.Resources, output: run.output };
}

/** The resources of one CloudFormation type, e.g. `AWS::ApiGateway::Method`. */
export function resourcesOfType(service: PackagedService, type: string): CloudFormationResource[] {
  return Object.values(service.resources).filter((resource) => resource.Type === type);
}

/** How API Gateway calls the back end of one method: AWS_PROXY, AWS (the Lambda integration), MOCK… */
export interface MethodIntegration {
  Type: string;
  IntegrationResponses?: IntegrationResponse[];
}

/** The integration of `httpMethod` on the resource whose path part is `pathPart` (e.g. POST on `throw-lambda`). */
export function methodIntegration(service: PackagedService, pathPart: string, httpMethod: string): MethodIntegration | undefined {
  const resourceId = Object.entries(service.resources).find(([, resource]) => resource.Type === 'AWS::ApiGateway::Resource' && resource.Properties.PathPart === pathPart)?.[0];
  const method = resourcesOfType(service, 'AWS::ApiGateway::Method').find(
    (resource) => resource.Properties.HttpMethod === httpMethod && (resource.Properties.ResourceId as { Ref?: string } | undefined)?.Ref === resourceId,
  );
  return method?.Properties.Integration as MethodIntegration | undefined;
}
