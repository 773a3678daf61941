import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What a step's test file may call that costs time: packaging the service (the real framework,
 * 2 to 3 s), or a local API (in the test's own process since the front door: about 0.1 s
 * once the template is cached; verify no longer holds these back).
 */
export const SLOW_CALLS = { package: 'packageService(', localApi: 'localApiFor(' } as const;

/** The test files (names in `<step folder>/test`) that contain any of `calls`. */
export function testFilesCalling(stepFolder: string, calls: string[]): string[] {
  const tests = path.join(stepFolder, 'test');
  if (!existsSync(tests)) return [];
  return readdirSync(tests).filter(
    (name) =>
      name.endsWith('.ts') &&
      calls.some((call) => readFileSync(path.join(tests, name), 'utf8').includes(call)),
  );
}

/**
 * What a step's tests ask of `serverless package`: nothing, the template only (every call
 * on its line passes `templateOnly: true`), or the whole package.
 */
export function packageNeeds(stepFolder: string): 'none' | 'template' | 'full' {
  const calls = testFilesCalling(stepFolder, [SLOW_CALLS.package]).flatMap((name) =>
    readFileSync(path.join(stepFolder, 'test', name), 'utf8')
      .split('\n')
      .filter((line) => line.includes(SLOW_CALLS.package)),
  );
  if (calls.length === 0) return 'none';
  return calls.every((line) => line.includes('templateOnly: true')) ? 'template' : 'full';
}
