import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import type { CloudFormationResource } from '../serverless/package-service';
import {
  type ServerlessOffline,
  type ServerlessOfflineOptions,
  startServerlessOffline,
} from '../serverless/serverless-offline';
import {
  type FrameworkCommand,
  parseStackInfo,
  runDetachedFramework,
  type StackInfo,
} from '../serverless/stack-info';
import type { Stack } from './always-remove';

export const PROBE_FOLDER = path.join(__dirname, 'probe');
export const PROBE_STAGE = 'record';

/** What a deployed (or started) probe gives the run. */
export interface DeployedProbe {
  baseUrl: string;
  /** The compiled template's resources, when the framework deployed it (AWS only). */
  resources?: Record<string, CloudFormationResource>;
}

export interface Target {
  name: 'aws' | 'local';
  region: string;
  /** The tools that made the answers, for the recordings' provenance. */
  framework: string;
  stack: Stack<DeployedProbe>;
}

export interface TargetDeps {
  framework: (
    args: string[],
    cwd: string,
    echo?: (text: string) => void,
  ) => Promise<FrameworkCommand>;
  startServerlessOffline: (
    options: ServerlessOfflineOptions,
  ) => Promise<Pick<ServerlessOffline, 'baseUrl' | 'pid' | 'stop'>>;
  readTemplate: (folder: string) => Record<string, CloudFormationResource>;
  log: (line: string) => void;
}

export const defaultDeps: TargetDeps = {
  framework: runDetachedFramework,
  startServerlessOffline,
  readTemplate: (folder) =>
    JSON.parse(
      readFileSync(
        path.join(folder, '.serverless', 'cloudformation-template-update-stack.json'),
        'utf8',
      ),
    ).Resources,
  log: (line) => console.log(line),
};

export function packageVersion(name: string): string {
  const { name: published, version } = JSON.parse(
    readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8'),
  );
  return `${published} ${version}`;
}

/**
 * The real API Gateway: `serverless deploy` of ./probe, then `serverless remove`. Both run
 * to completion even on Ctrl+C (see always-remove.ts); their output is shown as it comes.
 */
export function awsTarget(
  region: string,
  deps: TargetDeps = defaultDeps,
  folder = PROBE_FOLDER,
): Target {
  const args = ['--stage', PROBE_STAGE, '--region', region];
  const echo = (text: string) => process.stderr.write(text);
  return {
    name: 'aws',
    region,
    framework: packageVersion('serverless'),
    stack: {
      deploy: async () => {
        deps.log(
          `Deploying the probe service (stack workshop-probe-${PROBE_STAGE}, ${region}); it is removed at the end, whatever happens.`,
        );
        const run = await deps.framework(['deploy', ...args], folder, echo);
        if (run.code !== 0)
          throw new Error(
            `serverless deploy failed (exit ${run.code}). Are your AWS credentials set? Its output is above.`,
          );
        let info: StackInfo = parseStackInfo(run.output);
        if (!info.serviceEndpoint) {
          const verbose = await deps.framework(['info', '--verbose', ...args], folder);
          info = parseStackInfo(verbose.output);
        }
        if (!info.serviceEndpoint)
          throw new Error(
            'The deploy succeeded but named no ServiceEndpoint in its stack outputs.',
          );
        return { baseUrl: info.serviceEndpoint, resources: deps.readTemplate(folder) };
      },
      remove: async () => {
        deps.log(`Removing the probe service (stack workshop-probe-${PROBE_STAGE}, ${region})…`);
        const run = await deps.framework(['remove', ...args], folder, echo);
        // A deploy that failed before creating the stack leaves nothing to remove.
        if (run.code !== 0 && !/does not exist/i.test(run.output)) {
          throw new Error(
            `serverless remove failed (exit ${run.code}). Remove the stack by hand: cd ${path.relative(process.cwd(), folder) || '.'} && npx serverless remove ${args.join(' ')}`,
          );
        }
        deps.log('The probe service is removed.');
      },
    },
  };
}

/** serverless-offline on this machine: no AWS, no deploy; the answers are serverless-offline's, not AWS's. */
export function localTarget(deps: TargetDeps = defaultDeps, folder = PROBE_FOLDER): Target {
  let api: Pick<ServerlessOffline, 'baseUrl' | 'pid' | 'stop'> | undefined;
  return {
    name: 'local',
    region: 'local',
    framework: `${packageVersion('serverless')}, ${packageVersion('serverless-offline')}`,
    stack: {
      deploy: async () => {
        api = await deps.startServerlessOffline({ cwd: folder, stage: PROBE_STAGE });
        deps.log(`serverless-offline started (pid ${api.pid}) at ${api.baseUrl}`);
        return { baseUrl: api.baseUrl };
      },
      remove: async () => {
        await api?.stop();
        if (api) deps.log(`serverless-offline stopped (pid ${api.pid})`);
      },
    },
  };
}
