import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../serverless/framework';
import { serveFolder } from '../serverless/serve-folder';
import { findStep, loadSteps, ManifestError, stepFolder, type Step } from '../steps/manifest';
import { verifySteps } from '../verify/verify';
import { portOption } from '../scripts/port-option';
import { hint } from './commands/hint';
import { listSteps } from './commands/list-steps';
import { testStep } from './commands/test-step';
import { red, UserError } from './output';

interface Command {
  usage: string;
  summary: string;
  run: (args: string[], steps: Step[]) => Promise<number> | number;
}

const commands: Record<string, Command> = {
  test: {
    usage: 'test <step>',
    summary: "Run a step's tests on your files: which requirements pass, which do not. Exit code 0 when all pass.",
    run: (args, steps) => testStep(requireStep(args, steps, 'test')),
  },
  hint: {
    usage: 'hint <step>',
    summary: 'Show the next hint for a step, from a nudge to nearly the answer. Remembers how many you have seen.',
    run: (args, steps) => hint(requireStep(args, steps, 'hint')),
  },
  list: {
    usage: 'list',
    summary: 'List the steps, their folders and their pages.',
    run: (_, steps) => listSteps(steps),
  },
  serve: {
    usage: 'serve <step|solution> [--port 3000]',
    summary: "Run a step's code (step 4 onwards) or the solution on a local API Gateway, and print a curl line to try.",
    run: (args, steps) => serve(args, steps),
  },
  verify: {
    usage: 'verify',
    summary: "Maintainers: prove every step — the starter fails the tests the manifest names, the answer passes them all, wrong answers are caught, docs match.",
    run: async (_, steps) => ((await verifySteps(steps)) ? 0 : 1),
  },
};

function usage(): string {
  const lines = Object.values(commands).map((command) => `  ${command.usage.padEnd(38)} ${command.summary}`);
  return [
    'The workshop: return HTTP errors from AWS Lambda through API Gateway.',
    '',
    'Usage: npm run workshop -- <command> [step]      (a step is its number, 3, or its slug, 03-return-400)',
    '',
    ...lines,
    '',
    'Add --help after a command for its own help.',
  ].join('\n');
}

function requireStep(args: string[], steps: Step[], command: string): Step {
  const ref = args.find((arg) => !arg.startsWith('-'));
  if (ref === undefined) throw new UserError(`Which step? For example: npm run workshop -- ${command} 1`);
  const step = findStep(steps, ref);
  if (!step) throw new UserError(`There is no step "${ref}". Steps are 1 to ${steps.length}; see: npm run workshop -- list`);
  return step;
}

async function serve(args: string[], steps: Step[]): Promise<number> {
  const port = portOption(args, 3000);
  const target = args.find((arg, index) => !arg.startsWith('-') && args[index - 1] !== '--port');
  if (target === undefined) throw new UserError('What should I serve? For example: npm run workshop -- serve 4   (or: serve solution)');
  if (target === 'solution') return serveFolder({ cwd: repoRoot, label: 'solution/', port });
  const step = requireStep([target], steps, 'serve');
  const config = readFileSync(path.join(stepFolder(step), 'serverless.yml'), 'utf8');
  if (!/^\s*-\s*serverless-offline\s*$/m.test(config)) {
    throw new UserError(`steps/${step.slug}/serverless.yml does not use serverless-offline yet: the local API arrives in step 4.`);
  }
  return serveFolder({ cwd: stepFolder(step), label: `step ${step.number} (steps/${step.slug})`, port });
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name === undefined ? 1 : 0;
  }
  const command = commands[name];
  if (!command) throw new UserError(`Unknown command "${name}". Run: npm run workshop -- --help`);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`Usage: npm run workshop -- ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  return command.run(args, loadSteps());
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: Error) => {
    if (error instanceof UserError || error instanceof ManifestError) console.error(red(error.message));
    else console.error(red(`Unexpected error: ${error.message}`));
    process.exitCode = 1;
  });
