import { spawnSync } from 'node:child_process';
import { repoRoot } from '../serverless/framework';

const tsx = require.resolve('tsx/cli', { paths: [repoRoot] });

/** The CLI as a learner runs it (`npm run workshop -- …`), without a terminal. */
function workshop(...args: string[]) {
  const run = spawnSync(process.execPath, [tsx, 'workshop/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run workshop -- …', () => {
  it('test 2 on the untouched starter: lists each requirement, says what to read, exits 1', () => {
    const { code, out } = workshop('test', '2');
    expect(code).toBe(1);
    expect(out).toContain('✗ parseBody parses the JSON body, which API Gateway passes as a string');
    expect(out).toContain('✓ parseBody returns null when the request has no body');
    expect(out).toContain('Step 2: 2 of 6 requirements pass.');
    expect(out).toContain('npm run workshop -- hint 2');
  }, 60_000);

  it.each([
    [['test', '9'], 'There is no step "9". Steps are 1 to 5; see: npm run workshop -- list'],
    [['test'], 'Which step? For example: npm run workshop -- test 1'],
    [['fly'], 'Unknown command "fly". Run: npm run workshop -- --help'],
    [['serve', '2'], 'steps/02-read-the-request/serverless.yml does not use serverless-offline yet: the local API arrives in step 4.'],
  ])('%j: one line that says what to do, exit 1, no stack trace', (args, message) => {
    const { code, err } = workshop(...args);
    expect(code).toBe(1);
    expect(err.trim()).toBe(message);
  });

  it('--help lists every command, and each command has its own help', () => {
    const help = workshop('--help');
    expect(help.code).toBe(0);
    for (const command of ['test <step>', 'hint <step>', 'list', 'serve <step|solution>', 'verify']) expect(help.out).toContain(command);
    const testHelp = workshop('test', '--help');
    expect(testHelp.code).toBe(0);
    expect(testHelp.out).toMatch(/^Usage: npm run workshop -- test <step>/);
  });
});
