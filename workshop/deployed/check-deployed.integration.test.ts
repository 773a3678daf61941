import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { FrontDoor } from '../front-door/front-door';
import { repoRoot } from '../paths';
import { packageService } from '../serverless/package-service';
import { readmeRequests } from './readme-requests';

// `npm run check:deployed -- --url <local API>`: the README's requests, sent to the solution on
// the workshop's local API Gateway instead of AWS (nothing in the tests reaches AWS), each
// judged by the model. In this process: no serverless-offline start, no wait for its lock.

const run = promisify(execFile);
let api: FrontDoor;
let packaged: string;
beforeAll(async () => {
  [packaged, api] = await Promise.all([
    packageService(repoRoot).then((result) => result.folder),
    FrontDoor.start({ folder: repoRoot }),
  ]);
}, 120_000);
// The package is the cache's (.workshop/cache/package): read, never removed.
afterAll(async () => api?.stop());

it('sends every README request, prints each answer, and finds it the one the model predicts', async () => {
  const { stdout } = await run(
    process.execPath,
    [
      require.resolve('tsx/cli', { paths: [repoRoot] }),
      'workshop/scripts/check-deployed.ts',
      '--url',
      api.baseUrl,
      '--template',
      path.join(packaged, 'cloudformation-template-update-stack.json'),
    ],
    { cwd: repoRoot, timeout: 90_000 },
  );
  for (const request of readmeRequests) expect(stdout).toContain(request.curl);
  expect(
    stdout.match(/^ {2}(400|415) application\/problem\+json \{"type":"about:blank"/gm),
  ).toHaveLength(readmeRequests.length);
  expect(stdout.match(/^ {2}✓ as the model predicts$/gm)).toHaveLength(readmeRequests.length);
  expect(stdout).toContain(`All ${readmeRequests.length} answers are the ones the model predicts.`);
}, 120_000);
