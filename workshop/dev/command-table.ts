import type { Command, CommandLine } from '../cli/command-line';
import { check } from './commands/check';
import { docs } from './commands/docs';
import { format } from './commands/format';
import { newStep } from './commands/new-step';
import { newWrong } from './commands/new-wrong';
import { sync } from './commands/sync';

// The maintainers' commands (`npm run dev -- <command>`, run by main.ts); the learner's are in
// workshop/cli. Apart from main.ts so that a test can run a command in the test's process.

const commands: Record<string, Command> = {
  check: {
    usage: 'check [step ...]',
    summary:
      'Prove every step (or only those named): the starter fails every test but those the manifest lists, the answer passes them all, wrong answers are caught, copies and docs match. The same as npm run verify.',
    accepts: { positionals: 20 },
    run: (args, steps) => check(steps, args),
  },
  sync: {
    usage: 'sync',
    summary:
      "Copy each step's solved files forward into the later steps and the solution that carry them. Prints what it changed; edits git does not have are backed up to .workshop/backups first.",
    accepts: { positionals: 0 },
    run: (_, steps) => sync(steps),
  },
  new: {
    usage: 'new <slug> "<title>"',
    summary:
      'Scaffold the next step: steps/NN-slug (starter with a TODO, one failing test), answers/NN-slug, docs/NN-slug.md and its manifest entry; then say what to do next.',
    accepts: { positionals: 2 },
    run: (args) => newStep(args),
  },
  'new-wrong': {
    usage: 'new-wrong <step> <name>',
    summary:
      'Make a wrong answer from your edits to a step\'s learner files (solve it, make the mistake in place): answers/NN-slug/wrong/<name>.patch, their diff from the answer, under --mistake "…" and --fails "<the test\'s full name>" (asked for when not given) and --message "<what its failure says>" (optional). Then check it: npm run dev -- check <step>.',
    accepts: {
      positionals: 2,
      options: { mistake: { value: true }, fails: { value: true }, message: { value: true } },
    },
    run: (args, steps) => newWrong(args, steps),
  },
  docs: {
    usage: 'docs',
    summary:
      "Rewrite the parts of the docs written from the manifest and the CLI (step lists, hints, the npm start screen, after a real run of step 1's starter).",
    accepts: { positionals: 0 },
    run: (_, steps) => docs(steps),
  },
  format: {
    usage: 'format',
    summary:
      "Format and fix every file with Biome (biome check --write), the steps' learner files too, which npm run lint leaves out. The same as npm run lint:fix.",
    accepts: { positionals: 0 },
    run: (_, steps) => format(steps),
  },
};

function usage(): string {
  return [
    "The workshop's maintainer commands (a learner's are: npm run workshop -- --help).",
    '',
    'Usage: npm run dev -- <command>',
    '',
    ...Object.values(commands).map((command) => `  ${command.usage.padEnd(24)} ${command.summary}`),
    '',
    'Add --help after a command for its own help.',
  ].join('\n');
}

export const devCommandLine: CommandLine = { invocation: 'npm run dev --', commands, usage };
