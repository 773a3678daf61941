/** The longest line the console prints whole: a function that logs megabytes in one call gets the start of it. */
export const LONGEST_LINE = 16 * 1024;

/** How much of what was said is kept for `output()`: the latest lines, this many characters in all. */
export const KEPT_CHARACTERS = 4 * 1024 * 1024;

/** `line`, cut to LONGEST_LINE with a note of what was left out. */
export function printable(line: string): string {
  if (line.length <= LONGEST_LINE) return line;
  return `${line.slice(0, LONGEST_LINE)}… (${line.length - LONGEST_LINE} more characters: the local API prints the first ${LONGEST_LINE / 1024} KB of a line)`;
}

/**
 * The lines said so far, the oldest dropped past KEPT_CHARACTERS: a function that logs
 * without end must not fill the memory of a `serve` left running for a day.
 */
export class SaidLines {
  private readonly lines: string[] = [];
  private characters = 0;

  add(line: string): void {
    this.lines.push(line);
    this.characters += line.length + 1;
    while (this.characters > KEPT_CHARACTERS && this.lines.length > 1)
      this.characters -= (this.lines.shift() as string).length + 1;
  }

  text(): string {
    return this.lines.join('\n');
  }
}
