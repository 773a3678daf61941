import { loadOnce } from '../jest/load-once';
import { FrontDoor } from './front-door';

/**
 * For a step's or the solution's test file: the service in `folder` on the workshop's local API
 * Gateway, in the test's own process, on a port the system picks (so a running `serve` and
 * other test files never get in the way), started before the file's tests and stopped after
 * them. It answers as AWS would (the model), so a test over real HTTP fails on the mistakes
 * AWS would show: a missing CORS header, a 502 for a malformed result. A serverless.yml or a
 * file that does not build fails the first test that asks with the whole error, the others
 * with a line pointing there.
 */
export function localApiFor(
  folder: string,
  env: Record<string, string | undefined> = {},
): () => FrontDoor {
  let door: FrontDoor | undefined;
  const api = loadOnce(async () => {
    door = await FrontDoor.start({ folder, env });
    return door;
  });
  afterAll(async () => door?.stop());
  return api;
}
