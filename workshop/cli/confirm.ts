import { createInterface } from 'node:readline/promises';
import { UserError } from './output';

/**
 * Asks before overwriting the learner's work. `--yes` skips the question; without a
 * terminal, nobody can answer, so it refuses unless `--yes` was given.
 */
export async function confirmOverwrite(
  question: string,
  args: string[],
  command: string,
): Promise<void> {
  if (args.includes('--yes') || args.includes('-y')) return;
  if (!process.stdin.isTTY) {
    throw new UserError(
      `${command} overwrites your files, and there is no terminal to confirm it. Add --yes to go ahead (a backup is made first).`,
    );
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(`${question} [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) throw new UserError('Nothing changed.');
  } finally {
    prompt.close();
  }
}
