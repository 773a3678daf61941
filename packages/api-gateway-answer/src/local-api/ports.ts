/**
 * How far above the API's port the function URLs listen: `--port 3000` serves the first URL on
 * 3100, the next on 3101. Far enough that a second `serve --port 3001` beside the first (the
 * README's advice when 3000 is taken) finds its own ports free, where N + 1 collided.
 */
export const FUNCTION_URL_PORT_OFFSET = 100;

/** The port of the `index`th function URL of an API on `port`. */
export function functionUrlPort(port: number, index: number): number {
  return port + FUNCTION_URL_PORT_OFFSET + index;
}

/** A port `serve` needs and could not take, with what it was for. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly purpose: string,
  ) {
    super(
      `Port ${port} (${purpose}) is in use: stop what runs there, or pick other ports with --port <number> (function URLs take that port + ${FUNCTION_URL_PORT_OFFSET} and up).`,
    );
    this.name = 'PortInUseError';
  }
}
