import { type Accepts, checkArguments } from './arguments';
import { UserError } from './output';

const serve: Accepts = { positionals: 1, options: { port: { value: true } } };
const solve: Accepts = { positionals: 1, options: { yes: { value: false, short: 'y' } } };
const test: Accepts = { positionals: 1 };

/** The one line a learner would read, or undefined when the arguments are accepted. */
function refusal(usage: string, accepts: Accepts, args: string[]): string | undefined {
  try {
    checkArguments(usage, accepts, args);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
}

describe('checkArguments', () => {
  it.each([
    [serve, ['4', '--port', '4000']],
    [serve, ['--port=4000', 'solution']],
    [serve, []],
    [solve, ['1', '--yes']],
    [solve, ['-y', '1']],
    [test, ['03-return-400']],
  ])('accepts what the command reads: %j %j', (accepts, args) => {
    expect(refusal('usage', accepts, args)).toBeUndefined();
  });

  it.each([
    [
      'a misspelt option, whose value would be taken for the step',
      serve,
      'npm run workshop -- serve [step|solution] [--port 3000]',
      ['4', '--prot', '4000'],
      'Unknown option --prot. Usage: npm run workshop -- serve [step|solution] [--port 3000]',
    ],
    [
      'a second step',
      test,
      'npm run workshop -- test <step>',
      ['3', '4'],
      'Unexpected argument "4". Usage: npm run workshop -- test <step>',
    ],
    [
      'an option the command does not have',
      solve,
      'npm run workshop -- solve <step> [--yes]',
      ['1', '--yes', '--force'],
      'Unknown option --force. Usage: npm run workshop -- solve <step> [--yes]',
    ],
    [
      'a short option it does not have',
      solve,
      'npm run workshop -- solve <step> [--yes]',
      ['1', '-f'],
      'Unknown option -f. Usage: npm run workshop -- solve <step> [--yes]',
    ],
    [
      'a value given to a switch',
      solve,
      'npm run workshop -- solve <step> [--yes]',
      ['1', '--yes=no'],
      'The option --yes takes no value. Usage: npm run workshop -- solve <step> [--yes]',
    ],
    [
      'an argument to a command that takes none',
      { positionals: 0 },
      'npm run workshop -- list',
      ['3'],
      'Unexpected argument "3". Usage: npm run workshop -- list',
    ],
  ])('refuses %s, in one line naming it and the usage', (_, accepts, usage, args, message) => {
    const line = refusal(usage, accepts, args);
    expect(line).toBe(message);
    expect(line).not.toContain('\n');
  });
});
