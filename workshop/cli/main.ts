import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { answerFolder, findStep, type Step, stepFolder } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { serveFolder } from '../serverless/serve-folder';
import { allStepsDone } from './all-steps-done';
import { type Command, runCommandLine } from './command-line';
import { diffStep } from './commands/diff';
import { doctor } from './commands/doctor';
import { hint } from './commands/hint';
import { home } from './commands/home';
import { listSteps } from './commands/list-steps';
import { reset, solve } from './commands/reset-solve';
import { serveDir } from './commands/serve-dir';
import { serveLocalApi, serviceSources } from './commands/serve-local-api';
import { serveStep } from './commands/serve-step';
import { testStep } from './commands/test-step';
import { UserError } from './output';
import { optionalPort, portOption } from './port-option';
import { overview } from './step-status';
import { watchSteps } from './watch/watch-loop';

const commands: Record<string, Command> = {
  start: {
    usage: 'start [--poll]',
    summary:
      'Your progress, the current step and what to do; then, in a terminal, watch it. The same as npm start.',
    accepts: { positionals: 0, options: { poll: { value: false } } },
    run: (args, steps) =>
      home(steps, (step) => watchSteps(steps, step, { poll: args.includes('--poll') })),
  },
  watch: {
    usage: 'watch [step] [--poll]',
    summary:
      "Rerun a step's tests on every save: the current step, moving on when it passes, or the step you name, which stays watched. Keys: h hint, l list, r rerun, q quit. --poll where saves go unnoticed (WSL, network drives).",
    accepts: { positionals: 1, options: { poll: { value: false } } },
    run: async (args, steps) => {
      const named = stepArgument(args, steps);
      const step = named ?? (await currentStep(steps));
      if (!step) return finished(steps);
      // A learner file that is missing is waited for, not an error (watch/watch-state.ts).
      // A step the learner names is the one they want to watch, also once it passes.
      return watchSteps(steps, step, { poll: args.includes('--poll'), stay: named !== undefined });
    },
  },
  test: {
    usage: 'test <step>',
    summary:
      "Run a step's tests on your files: which requirements pass, which do not. Exit code 0 when all pass.",
    accepts: { positionals: 1 },
    run: (args, steps) => testStep(requireStep(args, steps, 'test')),
  },
  list: {
    usage: 'list',
    summary: 'The steps with your last results, their folders and their pages.',
    accepts: { positionals: 0 },
    run: (_, steps) => listSteps(steps),
  },
  hint: {
    usage: 'hint <step>',
    summary:
      'The next hint for a step, from a nudge to nearly the answer. Remembers how many you have seen.',
    accepts: { positionals: 1 },
    run: (args, steps) => hint(requireStep(args, steps, 'hint')),
  },
  diff: {
    usage: 'diff <step>',
    summary: 'Your files of a step against the reference answer (it shows the answer).',
    accepts: { positionals: 1 },
    run: (args, steps) => diffStep(requireStep(args, steps, 'diff')),
  },
  reset: {
    usage: 'reset <step> [--yes]',
    summary:
      "Put a step's starter files back. Your files are backed up to .workshop/backups first.",
    accepts: { positionals: 1, options: { yes: { value: false, short: 'y' } } },
    run: (args, steps) => reset(requireStep(args, steps, 'reset'), args),
  },
  solve: {
    usage: 'solve <step> [--yes]',
    summary:
      'Replace your files of a step with the reference answer. Your files are backed up to .workshop/backups first.',
    accepts: { positionals: 1, options: { yes: { value: false, short: 'y' } } },
    run: (args, steps) => solve(requireStep(args, steps, 'solve'), args),
  },
  serve: {
    usage: 'serve [step|solution] [--port 3000] [--page-port 5173] [--offline] [--dir <path>]',
    summary:
      "Run a step's code (default: the current step) or the solution on the workshop's local API Gateway, which answers as AWS would, and print curl lines. Function URLs take --port + 100 and up (3100). A browser page on the origin the service allows, ALLOWED_ORIGIN (http://localhost:5173 by default), calls the routes and shows each request's journey, curl's too: what the function returned, what API Gateway sent and why, what the browser let the page read; --page-port <n> puts it on http://localhost:<n> and makes the service allow that origin instead. --offline runs it on serverless-offline instead (step 4 onwards), the plugin real projects use. --dir <path> runs any Serverless Framework service with Node.js handlers (your own project) on the local API, and names what it does not model.",
    accepts: {
      positionals: 1,
      options: {
        port: { value: true },
        'page-port': { value: true },
        offline: { value: false },
        dir: { value: true },
      },
    },
    run: (args, steps) => serve(args, steps),
  },
  doctor: {
    usage: 'doctor',
    summary:
      'Check Node, npm, the installed dependencies, the local API ports, the framework and AWS credentials, and say what to fix.',
    accepts: { positionals: 0 },
    run: () => doctor(),
  },
};

function usage(): string {
  const lines = Object.values(commands).map(
    (command) => `  ${command.usage.padEnd(36)} ${command.summary}`,
  );
  return [
    'The workshop: return HTTP errors from AWS Lambda through API Gateway.',
    '',
    'Usage: npm start                              (progress, then watch the current step)',
    '       npm run workshop -- <command> [step]   (a step is its number, 3, or its slug, 03-return-400)',
    '',
    ...lines,
    '',
    'Add --help after a command for its own help.',
  ].join('\n');
}

function stepArgument(args: string[], steps: Step[]): Step | undefined {
  const ref = args.find(
    (arg, index) =>
      !arg.startsWith('-') && !['--port', '--page-port', '--dir'].includes(args[index - 1]),
  );
  if (ref === undefined) return undefined;
  const step = findStep(steps, ref);
  if (!step)
    throw new UserError(
      `There is no step "${ref}". Steps are 1 to ${steps.length}; see: npm run workshop -- list`,
    );
  return step;
}

function requireStep(args: string[], steps: Step[], command: string): Step {
  const step = stepArgument(args, steps);
  if (!step) throw new UserError(`Which step? For example: npm run workshop -- ${command} 1`);
  return step;
}

async function currentStep(steps: Step[]): Promise<Step | undefined> {
  return (await overview(steps)).current;
}

function finished(steps: Step[]): number {
  console.log(allStepsDone(steps.length));
  return 0;
}

/** `--dir <path>` or `--dir=<path>`; undefined when not given. */
function dirOption(args: string[]): string | undefined {
  const index = args.findIndex((arg) => arg === '--dir' || arg.startsWith('--dir='));
  if (index === -1) return undefined;
  const value = args[index].includes('=') ? args[index].slice('--dir='.length) : args[index + 1];
  if (value === undefined || value === '' || value.startsWith('-'))
    throw new UserError('--dir needs the folder of a service: serve --dir ../my-service');
  return value;
}

function usesServerlessOffline(config: string): boolean {
  return existsSync(config) && /^\s*-\s*serverless-offline\s*$/m.test(readFileSync(config, 'utf8'));
}

async function serve(args: string[], steps: Step[]): Promise<number> {
  const port = portOption(args, 3000);
  const pagePort = optionalPort(args, 'page-port');
  const offline = args.includes('--offline');
  const dir = dirOption(args);
  if (dir !== undefined) {
    if (offline)
      throw new UserError('--dir runs a service on the local API only, not with --offline.');
    if (stepArgument(args, steps) !== undefined || args.includes('solution'))
      throw new UserError('--dir takes the place of a step: give one or the other.');
    return serveDir(dir, port, pagePort);
  }
  if (args.includes('solution'))
    return offline
      ? serveFolder({ cwd: repoRoot, label: 'solution/', port })
      : serveLocalApi({
          folder: repoRoot,
          label: 'the solution (solution/)',
          port,
          pagePort,
          sources: serviceSources(repoRoot, path.join(repoRoot, 'solution', 'src')),
        });
  const step = stepArgument(args, steps) ?? (await currentStep(steps)) ?? steps[steps.length - 1];
  if (!offline)
    return serveLocalApi({
      folder: stepFolder(step),
      label: `step ${step.number} (steps/${step.slug})`,
      port,
      pagePort,
      sources: serviceSources(stepFolder(step)),
    });
  if (!usesServerlessOffline(path.join(stepFolder(step), 'serverless.yml'))) {
    // The first step that serves, once solved.
    const first = steps.find((each) =>
      [answerFolder(each), stepFolder(each)].some((folder) =>
        usesServerlessOffline(path.join(folder, 'serverless.yml')),
      ),
    );
    throw new UserError(
      `steps/${step.slug}/serverless.yml does not use serverless-offline yet${first ? `: it arrives in step ${first.number}` : ''}.`,
    );
  }
  return serveStep(step, port);
}

runCommandLine(
  { invocation: 'npm run workshop --', commands, usage, defaultCommand: 'start' },
  process.argv.slice(2),
);
