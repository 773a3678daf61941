import { parseArgs } from 'node:util';
import { UserError } from './output';

/** What a command takes: how many positional arguments at most, and its options. */
export interface Accepts {
  positionals: number;
  /** Option name (without --) → whether it takes a value. */
  options?: Record<string, { value: boolean; short?: string }>;
}

/**
 * Refuses, in one line that names the bad argument and the usage, anything the command
 * would otherwise ignore: an unknown option (`--prot 4000`), a value given to a switch
 * (`--yes=no`), one positional argument too many (`test 3 4`).
 */
export function checkArguments(usage: string, accepts: Accepts, args: string[]): void {
  const known = accepts.options ?? {};
  const options = Object.fromEntries(
    Object.entries(known).map(([name, spec]) => [
      name,
      {
        type: spec.value ? ('string' as const) : ('boolean' as const),
        ...(spec.short ? { short: spec.short } : {}),
      },
    ]),
  );
  // Not strict: parseArgs's own errors are long and do not name the usage.
  const { tokens } = parseArgs({
    args,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const refuse = (what: string) => new UserError(`${what}. Usage: ${usage}`);
  let positionals = 0;
  for (const token of tokens) {
    if (token.kind === 'option') {
      const spec = known[token.name];
      if (spec === undefined) throw refuse(`Unknown option ${token.rawName}`);
      if (!spec.value && token.inlineValue)
        throw refuse(`The option ${token.rawName} takes no value`);
    } else if (token.kind === 'positional') {
      positionals += 1;
      if (positionals > accepts.positionals) throw refuse(`Unexpected argument "${token.value}"`);
    }
  }
}
