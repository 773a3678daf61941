import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What a step's test file may call that costs time: packaging the service (the real framework,
 * 2 to 3 s), compiling its CloudFormation alone (the framework's compiler in a child process,
 * under 1 s, then cached by serverless.yml), or a local API (in the test's own process since
 * the front door, which compiles the same template: about 0.1 s once it is cached).
 */
export const SLOW_CALLS = {
  package: 'packageService(',
  template: 'compileTemplate(',
  localApi: 'localApiFor(',
} as const;

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
 * What a step's tests ask of the framework: nothing, the compiled template (read as it is, or
 * served by a local API), or the whole package (`serverless package`, the zip included).
 */
export function packageNeeds(stepFolder: string): 'none' | 'template' | 'full' {
  if (testFilesCalling(stepFolder, [SLOW_CALLS.package]).length > 0) return 'full';
  return testFilesCalling(stepFolder, [SLOW_CALLS.template, SLOW_CALLS.localApi]).length > 0
    ? 'template'
    : 'none';
}
