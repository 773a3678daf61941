import { loadSteps, ManifestError, type Step } from '../curriculum/manifest';
import { type Accepts, checkArguments } from './arguments';
import { red, UserError } from './output';

/** One command of a command line: the learner's (`npm run workshop`) or the maintainers'. */
export interface Command {
  usage: string;
  summary: string;
  /** Anything else on the command line is refused, not ignored. */
  accepts: Accepts;
  run: (args: string[], steps: Step[]) => Promise<number> | number;
}

export interface CommandLine {
  /** How the user types it, e.g. `npm run workshop --`. */
  invocation: string;
  commands: Record<string, Command>;
  usage: () => string;
  /** Run when no command is given; without one, the usage is printed and the exit code is 1. */
  defaultCommand?: string;
}

/** Runs the command `argv` names; the exit code. */
export async function runCommand(line: CommandLine, argv: string[]): Promise<number> {
  const [name = line.defaultCommand, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(line.usage());
    return name === undefined ? 1 : 0;
  }
  const command = line.commands[name];
  if (!command) throw new UserError(`Unknown command "${name}". Run: ${line.invocation} --help`);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`Usage: ${line.invocation} ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  checkArguments(`${line.invocation} ${command.usage}`, command.accepts, args);
  return command.run(args, loadSteps());
}

/**
 * The process's entry: runs the command and sets the exit code. A mistake of the user's
 * (an unknown command, a broken manifest) is one red line, never a stack trace.
 */
export function runCommandLine(line: CommandLine, argv: string[]): void {
  runCommand(line, argv)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: Error) => {
      if (error instanceof UserError || error instanceof ManifestError)
        console.error(red(error.message));
      else console.error(red(`Unexpected error: ${error.message}`));
      process.exitCode = 1;
    });
}
