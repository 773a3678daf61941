import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ProbeRun } from 'api-gateway-answer/evidence';
import { AWS_RECORDINGS_FOLDER } from 'api-gateway-answer/evidence';
import { type SignalSource, withStack } from './always-remove';
import { probeCases } from './cases';
import { deployedResponses, responseMismatches } from './deployed-responses';
import { formatReport, recordCases, type Send, writeRecordings } from './record';
import { awsTarget, defaultDeps, localTarget, type TargetDeps } from './targets';

export const USAGE = `Usage: npm run record:aws [-- --target aws|local] [--region <region>] [--out <folder>]

Deploys a small probe service to your AWS account, sends it every case the workshop's model
of API Gateway has a rule for, writes what AWS answered as recordings, prints where the model
and AWS differ, and removes the service: on success, on failure and on Ctrl+C.

  --target aws     (default) your AWS account; needs credentials. Costs a few cents at most.
  --target local   serverless-offline on this machine: no AWS, nothing deployed.
  --region         AWS_REGION, else us-east-2.
  --out            where to write the recordings (default: packages/api-gateway-answer/src/recordings/aws/
                   for aws, a temporary folder for local).`;

export interface MainDeps extends TargetDeps {
  send?: Send;
  signals?: SignalSource;
  now: () => Date;
}

/** The whole run; returns the exit code (0 done, 1 failed or the stack not removed, 130 interrupted). */
export async function main(
  argv: string[],
  deps: MainDeps = { ...defaultDeps, now: () => new Date() },
): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.target !== 'aws' && options.target !== 'local') {
    console.error(
      `--target must be aws or local, not ${JSON.stringify(options.target)}.\n\n${USAGE}`,
    );
    return 1;
  }
  const region = options.region ?? process.env.AWS_REGION ?? 'us-east-2';
  const target = options.target === 'aws' ? awsTarget(region, deps) : localTarget(deps);
  const out =
    options.out ??
    (target.name === 'aws' ? AWS_RECORDINGS_FOLDER : path.join(os.tmpdir(), 'workshop-recordings'));
  const recorded = deps.now().toISOString();

  const result = await withStack(
    target.stack,
    async (deployed, signal) => {
      const run: ProbeRun = {
        target: target.name,
        recorded,
        region: target.region,
        framework: target.framework,
        endpoint: deployed.baseUrl,
      };
      const deployedConfig = deployed.resources
        ? deployedResponses(deployed.resources, probeCases)
        : {};
      if (deployed.resources) {
        for (const mismatch of responseMismatches(probeCases, deployedConfig))
          deps.log(`! ${mismatch}`);
      }
      const results = await recordCases({
        baseUrl: deployed.baseUrl,
        run,
        cases: probeCases,
        signal,
        deployed: deployedConfig,
        ...(deps.send ? { send: deps.send } : {}),
      });
      for (const line of formatReport(results, run)) deps.log(line);
      const file = writeRecordings(out, run, results);
      deps.log(`Recordings written to ${path.relative(process.cwd(), file)}`);
      return results;
    },
    { log: deps.log, ...(deps.signals ? { signals: deps.signals } : {}) },
  );

  if (result.outcome === 'failed') console.error(`record:aws failed: ${result.error.message}`);
  if (!result.removal.removed) {
    console.error(result.removal.error.message);
    return 1;
  }
  if (result.outcome === 'interrupted') return 130;
  if (result.outcome === 'failed') return 1;
  if (target.name === 'aws') {
    deps.log(
      'To send this recording back: open a pull request (or an issue) with the file above; `npm run test:unit` replays it through the model.',
    );
  }
  return 0;
}

/** The command line's options; throws on an unknown or malformed one. */
function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      target: { type: 'string', default: 'aws' },
      region: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }).values;
}
