import { awsTarget, localTarget, type TargetDeps } from './targets';

/** Fakes for the framework and serverless-offline that record every call. */
function fakes(frameworkAnswers: Record<string, { code: number; output: string }> = {}) {
  const calls: string[] = [];
  const deps: TargetDeps = {
    framework: async (args) => {
      calls.push(`serverless ${args.join(' ')}`);
      return frameworkAnswers[args[0]] ?? { code: 0, output: '' };
    },
    startServerlessOffline: async () => {
      calls.push('startServerlessOffline');
      return {
        baseUrl: 'http://localhost:4321/record',
        pid: 4242,
        stop: async () => void calls.push('stop'),
      };
    },
    readTemplate: () => ({}),
    log: () => undefined,
  };
  return { deps, calls };
}

const DEPLOYED =
  'endpoints:\n  POST - https://a1b2c3.execute-api.eu-west-1.amazonaws.com/record/proxy\nStack Outputs:\n  ServiceEndpoint: https://a1b2c3.execute-api.eu-west-1.amazonaws.com/record\n';

describe('the local target', () => {
  it('starts and stops serverless-offline, and never runs the framework (no deploy, no AWS)', async () => {
    const { deps, calls } = fakes();
    const target = localTarget(deps);
    await expect(target.stack.deploy()).resolves.toEqual({
      baseUrl: 'http://localhost:4321/record',
    });
    await target.stack.remove();
    expect(calls).toEqual(['startServerlessOffline', 'stop']);
    expect(target).toMatchObject({
      name: 'local',
      region: 'local',
      framework: expect.stringMatching(/^osls 3\..*, serverless-offline 13\./),
    });
  });
});

describe('the AWS target', () => {
  it('deploys the probe in the region, reads its endpoint, and removes the same stack', async () => {
    const { deps, calls } = fakes({ deploy: { code: 0, output: DEPLOYED } });
    const target = awsTarget('eu-west-1', deps);
    await expect(target.stack.deploy()).resolves.toEqual({
      baseUrl: 'https://a1b2c3.execute-api.eu-west-1.amazonaws.com/record',
      resources: {},
    });
    await target.stack.remove();
    expect(calls).toEqual([
      'serverless deploy --stage record --region eu-west-1',
      'serverless remove --stage record --region eu-west-1',
    ]);
  });

  it('fails a deploy that failed, and accepts that a failed deploy left no stack to remove', async () => {
    const { deps } = fakes({
      deploy: { code: 1, output: 'AWS provider credentials not found' },
      remove: { code: 1, output: 'Stack with id workshop-probe-record does not exist' },
    });
    const target = awsTarget('us-east-2', deps);
    await expect(target.stack.deploy()).rejects.toThrow(/serverless deploy failed \(exit 1\)/);
    await expect(target.stack.remove()).resolves.toBeUndefined();
  });

  it('says how to remove the stack by hand when the removal fails', async () => {
    const { deps } = fakes({ remove: { code: 1, output: 'DELETE_FAILED' } });
    await expect(awsTarget('us-east-2', deps).stack.remove()).rejects.toThrow(
      /Remove the stack by hand: .*npx serverless remove --stage record --region us-east-2/,
    );
  });
});
