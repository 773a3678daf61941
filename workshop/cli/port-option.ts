import { UserError } from './output';

/** Reads `--port <n>` (or `--port=<n>`) from argv; a value that is not a port is a one-line UserError. */
export function portOption(argv: string[], fallback: number): number {
  return optionalPort(argv, 'port') ?? fallback;
}

/** Reads `--<name> <n>` (or `--<name>=<n>`), or undefined when it is not given. */
export function optionalPort(argv: string[], name: string): number | undefined {
  const flag = `--${name}`;
  const index = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index === -1) return undefined;
  const raw = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserError(
      `${flag} needs a number from 1 to 65535, got ${JSON.stringify(raw ?? '')}.`,
    );
  }
  return port;
}
