import { UserError } from './output';

/** Reads `--port <n>` (or `--port=<n>`) from argv; a value that is not a port is a one-line UserError. */
export function portOption(argv: string[], fallback: number): number {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index === -1) return fallback;
  const raw = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserError(`--port needs a number from 1 to 65535, got ${JSON.stringify(raw ?? '')}.`);
  }
  return port;
}
