/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
const useColour =
  Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';

const paint = (code: number) => (text: string) =>
  useColour ? `\u001b[${code}m${text}\u001b[0m` : text;

export const green = paint(32);
export const red = paint(31);
export const bold = paint(1);
export const dim = paint(2);

/** A problem the user can fix: printed as one line, exit code 1, no stack trace. */
export class UserError extends Error {}
