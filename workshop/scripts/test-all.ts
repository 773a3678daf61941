import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { findBrowser, NO_BROWSER } from '../front-door/find-browser';
import { repoRoot } from '../paths';
import { leftovers, treeStatus } from './tree-leftovers';

// `npm test`: every check of the workshop, side by side rather than one after another. Run
// in a row they often left one of the machine's two cores idle (the type check, the linters
// and jest's start are single processes; the end of each jest run waits for its slowest
// file). Each check's output is held and printed whole when it ends, so that two
// reports never interleave; what fails is printed last, with how to run it alone.

interface Check {
  name: string;
  /** How to run it alone, for the failure message. */
  alone: string;
  args: string[];
  env?: Record<string, string>;
  /** Print its whole output even when it passes (verify's line per step). */
  showOnPass?: boolean;
  /** Lines of its output printed even when it passes: the figures a test reports. */
  figures?: RegExp;
}

const bin = (module: string) => require.resolve(module, { paths: [repoRoot] });
const browser = findBrowser();
const projects = ['unit', 'property', 'integration', ...(browser ? ['browser'] : [])];

const checks: Check[] = [
  {
    name: 'typecheck',
    alone: 'npm run typecheck',
    args: [bin('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.typecheck.json'],
  },
  { name: 'lint', alone: 'npm run lint', args: [bin('@biomejs/biome/bin/biome'), 'check', '.'] },
  {
    name: 'lint:docs',
    alone: 'npm run lint:docs',
    args: [
      bin('markdownlint-cli/markdownlint.js'),
      '--config',
      '.markdownlint.jsonc',
      'README.md',
      'CONTRIBUTING.md',
      'docs',
    ],
  },
  {
    name: 'lint:workflows',
    alone: 'npm run lint:workflows',
    args: [bin('tsx/cli'), 'workshop/scripts/lint-workflows.ts'],
  },
  // One jest for every project: its two workers take the next file of any project, where a
  // jest per project left one worker idle while the other ran its slowest file.
  {
    name: `jest (${projects.join(', ')})`,
    alone: projects.map((project) => `npm run test:${project}`).join(', '),
    args: [bin('jest/bin/jest'), '--selectProjects', ...projects, '--maxWorkers=2'],
    env: browser ? { WORKSHOP_BROWSER: browser } : {},
    // The local API's property test says how many requests it drove and what they got.
    figures: /^\s*\d+ generated requests through the local API .*$/gm,
  },
  {
    name: 'verify',
    alone: 'npm run verify',
    args: [bin('tsx/cli'), 'workshop/dev/main.ts', 'check'],
    showOnPass: true,
  },
];

interface Outcome {
  check: Check;
  code: number | null;
  output: string;
  seconds: number;
}

function run(check: Check): Promise<Outcome> {
  const began = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, check.args, {
      cwd: repoRoot,
      env: { ...process.env, ...check.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const hold = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', hold);
    child.stderr.on('data', hold);
    const settle = (code: number | null, error?: Error) => {
      const outcome = {
        check,
        code: error ? 1 : code,
        output: error ? `${output}\n${error.message}` : output,
        seconds: (performance.now() - began) / 1000,
      };
      const verdict = outcome.code === 0 ? 'passed' : `FAILED (exit ${outcome.code})`;
      console.log(`── ${check.name}: ${verdict} in ${outcome.seconds.toFixed(1)} s`);
      if (outcome.code !== 0 || check.showOnPass) console.log(outcome.output.trimEnd());
      else
        for (const line of outcome.output.match(check.figures ?? /$^/g) ?? [])
          console.log(`   ${line.trim()}`);
      resolve(outcome);
    };
    child.on('error', (error) => settle(1, error));
    child.on('close', (code) => settle(code));
  });
}

async function main(): Promise<void> {
  const began = performance.now();
  if (!browser) console.log(`npm test: ${NO_BROWSER}`);
  console.log(`npm test: ${checks.map((check) => check.name).join(' · ')}, side by side.`);
  const treeBefore = treeStatus();
  const outcomes = await Promise.all(checks.map(run));
  const failed = outcomes.filter((outcome) => outcome.code !== 0);
  // The checks build, package and serve in the repository's folders: they must leave it as
  // they found it (node_modules and the .workshop/ cache aside).
  const treeAfter = treeStatus();
  const left = treeBefore && treeAfter ? leftovers(treeBefore, treeAfter) : [];
  if (left.length > 0) {
    console.log(
      `── the tree: FAILED, the checks left what git status did not list before them (a file you saved meanwhile counts too):\n${left.map((line) => `  ${line}`).join('\n')}`,
    );
    failed.push({
      check: { name: 'the tree', alone: 'npm test, then git status --ignored', args: [] },
      code: 1,
      output: '',
      seconds: 0,
    });
  }
  const seconds = ((performance.now() - began) / 1000).toFixed(0);
  const parts = outcomes
    .map((outcome) => `${outcome.check.name} ${outcome.seconds.toFixed(0)} s`)
    .join(', ');
  if (failed.length === 0) {
    console.log(`npm test: passed in ${seconds} s (${parts}).`);
    return;
  }
  console.log(`npm test: FAILED in ${seconds} s (${parts}).`);
  for (const outcome of failed)
    console.log(`  ✗ ${outcome.check.name}: its output is above; alone: ${outcome.check.alone}`);
  process.exitCode = 1;
}

main();
