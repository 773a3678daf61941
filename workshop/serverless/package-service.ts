import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runFramework } from './framework';
import { zipEntries, type ZipEntry } from './zip-entries';

export interface CloudFormationResource {
  Type: string;
  Properties: Record<string, unknown>;
}

export interface PackagedService {
  folder: string;
  zipPath: string;
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
  const zipName = readdirSync(folder).find((name) => name.endsWith('.zip'));
  if (!zipName) throw new Error(`serverless package made no zip in ${folder}:\n${run.output}`);
  const zipPath = path.join(folder, zipName);
  const template = JSON.parse(readFileSync(path.join(folder, 'cloudformation-template-update-stack.json'), 'utf8'));
  return { folder, zipPath, zipBytes: statSync(zipPath).size, entries: zipEntries(zipPath), resources: template.Resources, output: run.output };
}

/** The resources of one CloudFormation type, e.g. `AWS::ApiGateway::Method`. */
export function resourcesOfType(service: PackagedService, type: string): CloudFormationResource[] {
  return Object.values(service.resources).filter((resource) => resource.Type === type);
}
