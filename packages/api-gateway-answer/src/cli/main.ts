#!/usr/bin/env node
import { parseServeArguments, SERVE_USAGE, serve } from './serve-command';

/** `npx api-gateway-answer serve …`: the package's command. */
async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === 'help') {
    console.log(SERVE_USAGE);
    return;
  }
  if (command !== 'serve') {
    console.error(
      `api-gateway-answer: unknown command ${JSON.stringify(command)}.\n\n${SERVE_USAGE}`,
    );
    process.exitCode = 2;
    return;
  }
  const parsed = parseServeArguments(rest);
  if ('problem' in parsed) {
    console.error(`api-gateway-answer serve: ${parsed.problem}.\n\n${SERVE_USAGE}`);
    process.exitCode = 2;
    return;
  }
  try {
    const api = await serve(parsed);
    const stop = () => void api.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`api-gateway-answer serve: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

void main(process.argv.slice(2));
