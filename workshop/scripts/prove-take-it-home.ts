import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../paths';
import { gitApply } from '../verify/wrong-patches';
import {
  type JestRun,
  type Mistake,
  matcherMessage,
  mistakeRunProblems,
  readJestRun,
  readMistakes,
  rightRunProblems,
} from './take-it-home/mistakes';
import {
  fillProofBlocks,
  NPM_LS_ARGS,
  portsAsPlaceholders,
  proofPageProblems,
} from './take-it-home/proof-page';
import { serveOneRoute } from './take-it-home/serve-one-route';

// The proof from outside (docs/12-take-it-home.md, issue 28): the api-gateway-answer package,
// packed as npm would publish it, installed in a project outside this repository, works there.
//
//   npm run prove:take-it-home [-- --keep] [--update-page] [--tarball <file.tgz>]
//
// It packs packages/api-gateway-answer, copies examples/take-it-home to a scratch folder in
// the system's temporary folder, installs the tarball and the example's dependencies there
// (npm install --prefer-offline: from npm's cache when it holds them, at the versions of the
// example's package-lock.json, so every run installs the same), then runs the
// example's own jest suite: every test passes on the right code, and each mistake of
// examples/take-it-home/mistakes fails the tests it names with the matcher's message while
// the style's own tests still pass. It prints what the package pulls in (`npm ls --omit=dev` in a
// project that holds only the tarball), serves the example with the package's `serve` command
// if it has one, and removes the scratch folder. Slow (it installs packages): `.ci/run` calls
// it after `npm test`, not inside it.
//
// The page shows this output (its `<!-- proof: … -->` blocks, proof-page.ts): the proof fails
// when they differ from its run.
//
// --keep: leave the scratch folder for debugging (its path is printed).
// --update-page: rewrite the page's proof blocks from this run instead.
// --tarball: install this tarball instead of packing the package.

const PACKAGE = 'api-gateway-answer';
const packageFolder = path.join(repoRoot, 'packages', PACKAGE);
const example = path.join(repoRoot, 'examples', 'take-it-home');
const PAGE = 'docs/12-take-it-home.md';
const COMMAND_TIMEOUT_MS = 8 * 60_000;
const isWindows = process.platform === 'win32';

class ProofFailure extends Error {}

function log(line: string): void {
  console.log(`take-it-home: ${line}`);
}

/** Runs a command to its end and returns what it printed; `allowFailure` keeps a non-zero exit. */
function run(
  command: string,
  args: string[],
  cwd: string,
  { allowFailure = false, quiet = false } = {},
): SpawnSyncReturns<string> {
  const began = performance.now();
  const shown = [command, ...args].join(' ');
  log(`$ ${shown}   (in ${cwd === repoRoot ? 'the repository' : path.basename(cwd)})`);
  // npm and npx are .cmd files on Windows, which only a shell starts.
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    shell: isWindows,
    timeout: COMMAND_TIMEOUT_MS,
    // npm draws `npm ls`'s tree in ASCII where the locale says no UTF-8 (CI's bare
    // environment): unicode always, so that the page's block is the same on every machine.
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_unicode: 'true',
    },
  });
  if (result.error) throw new ProofFailure(`${shown} could not run: ${result.error.message}`);
  if (!quiet) process.stdout.write(result.stdout);
  if (result.status !== 0 && !allowFailure) {
    process.stdout.write(result.stderr);
    throw new ProofFailure(`${shown} ended with ${result.status ?? result.signal}`);
  }
  log(`done in ${((performance.now() - began) / 1000).toFixed(0)} s`);
  return result;
}

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--'))
    throw new ProofFailure(`${name} needs a value`);
  return path.resolve(value);
}

const USAGE = 'npm run prove:take-it-home [-- --keep] [--update-page] [--tarball <file.tgz>]';

function checkArguments(args: string[]): void {
  for (let at = 0; at < args.length; at += 1) {
    if (args[at] === '--tarball') at += 1;
    else if (!['--keep', '--update-page'].includes(args[at]))
      throw new ProofFailure(`unknown argument ${args[at]}. Usage: ${USAGE}`);
  }
}

/** `npm pack` in the package's folder (its prepack script builds dist/): the tarball's path. */
function pack(into: string): string {
  if (!existsSync(path.join(packageFolder, 'package.json')))
    throw new ProofFailure(
      `packages/${PACKAGE}/package.json is missing: there is no package to pack here`,
    );
  // prepack builds dist/ in the package's folder (git ignores it): gone again unless it was there.
  const dist = path.join(packageFolder, 'dist');
  const hadDist = existsSync(dist);
  try {
    run('npm', ['pack', '--pack-destination', into], packageFolder);
  } finally {
    if (!hadDist) rmSync(dist, { recursive: true, force: true });
  }
  const tarball = readdirSync(into).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new ProofFailure(`npm pack wrote no .tgz in ${into}`);
  return path.join(into, tarball);
}

/** The example, without what an earlier run left in it, in a folder of its own. */
function copyExample(scratch: string): string {
  const project = path.join(scratch, 'take-it-home');
  cpSync(example, project, {
    recursive: true,
    filter: (source) => !['node_modules', 'mistakes'].includes(path.basename(source)),
  });
  return project;
}

/** The example's jest suite, `npm test` as a learner runs it, read from jest's --json report. */
function runJest(project: string, label: string): JestRun {
  const report = path.join(project, '.jest', `${label}.json`);
  mkdirSync(path.dirname(report), { recursive: true });
  run('npm', ['test', '--', '--json', `--outputFile=${report}`], project, {
    allowFailure: true,
    quiet: true,
  });
  if (!existsSync(report)) throw new ProofFailure(`jest wrote no report for ${label}`);
  return readJestRun(readFileSync(report, 'utf8'), project);
}

/** Applies (or with `reverse`, takes back) a mistake with git apply, outside any repository. */
function applyMistake(mistake: Mistake, project: string, reverse = false): void {
  const failed = gitApply(mistake.diff, project, { reverse });
  if (failed === undefined) return;
  throw new ProofFailure(
    failed.couldNotRun
      ? `git could not run: ${failed.reason}`
      : `examples/take-it-home/mistakes/${mistake.file} no longer applies to the example: ${failed.reason}`,
  );
}

/** Proves one mistake; returns what the matcher said, as the page shows it. */
function proveMistake(mistake: Mistake, project: string, rightTotal: number): string {
  log(`mistake: ${mistake.name}`);
  applyMistake(mistake, project);
  const outcome = runJest(project, path.basename(mistake.file, '.patch'));
  applyMistake(mistake, project, true);
  const problems = mistakeRunProblems(mistake, outcome, rightTotal);
  if (problems.length > 0)
    throw new ProofFailure(`mistakes/${mistake.file}: ${problems.join('; ')}`);
  const passed = outcome.tests.filter((test) => test.passed).length;
  log(
    `  ${passed}/${outcome.tests.length} pass (the style's own tests among them); the matcher says:`,
  );
  const said = Object.keys(mistake.failures).flatMap((name) => {
    const test = outcome.tests.find((each) => each.fullName === name);
    const message = matcherMessage(test?.messages[0] ?? '').split('\n');
    return [`✕ ${name}`, ...message.map((line) => (line === '' ? '' : `    ${line}`))];
  });
  console.log(said.map((line) => `  ${line}`).join('\n'));
  return said.join('\n');
}

/** What the package pulls in at run time: `npm ls` in a project that holds nothing but the tarball. */
function dependenciesOfThePackage(scratch: string, tarball: string): string {
  const bare = path.join(scratch, 'only-the-package');
  mkdirSync(bare);
  run('npm', ['init', '--yes'], bare, { quiet: true });
  run('npm', ['install', '--prefer-offline', tarball], bare, { quiet: true });
  const listed = run('npm', NPM_LS_ARGS, bare).stdout;
  return listed.split(scratch).join('<scratch>').replace(/\n+$/, '');
}

/** Compares the page's proof blocks with this run, or rewrites them (--update-page). */
function checkPage(outputs: Map<string, string>, update: boolean): void {
  const file = path.join(repoRoot, ...PAGE.split('/'));
  const page = readFileSync(file, 'utf8');
  if (update) {
    const filled = fillProofBlocks(page, outputs);
    if (filled !== page) writeFileSync(file, filled);
    log(
      filled === page
        ? `${PAGE} shows this run's output already`
        : `rewrote ${PAGE}'s proof blocks`,
    );
  }
  const problems = proofPageProblems(readFileSync(file, 'utf8'), outputs);
  if (problems.length > 0)
    throw new ProofFailure(
      `${PAGE}: ${problems.join('; ')}. Run \`npm run prove:take-it-home -- --update-page\` and commit the page.`,
    );
}

/**
 * The package's `serve` command on the example, and one request, if the package has one: it
 * serves a compiled template with built JavaScript, so the example is built with its own
 * TypeScript and packaged by the workshop's Serverless Framework first (`serverless package`,
 * offline). Returns the line for the summary: the request and its answer, without the port.
 */
async function serveIfThePackageCan(
  project: string,
): Promise<{ served: string; printed: string } | undefined> {
  const manifest = JSON.parse(
    readFileSync(path.join(project, 'node_modules', PACKAGE, 'package.json'), 'utf8'),
  ) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? { [PACKAGE]: manifest.bin } : manifest.bin;
  if (bin?.[PACKAGE] === undefined) {
    log(`${PACKAGE} has no \`serve\` command (no "bin" in its package.json): not served`);
    return undefined;
  }
  run('npx', ['--no-install', 'tsc', '-p', '.', '--noEmit', 'false', '--outDir', 'build'], project);
  const framework = path.join(repoRoot, 'node_modules', 'serverless', 'bin', 'serverless.js');
  run(process.execPath, [framework, 'package'], project);
  const template = path.join('.serverless', 'cloudformation-template-update-stack.json');
  const answer = await serveOneRoute(project, {
    file: 'npx',
    args: [
      '--no-install',
      PACKAGE,
      'serve',
      '--template',
      template,
      '--code',
      'build',
      '--port',
      '0',
    ],
  });
  process.stdout.write(answer.output);
  const route = new URL(answer.url).pathname;
  const served = `served: POST ${route} {"name":"Ada"} → ${answer.status} ${answer.body}`;
  log(served);
  if (answer.status !== 200 || !answer.body.includes('Hello, Ada'))
    throw new ProofFailure(
      `${PACKAGE} serve answered ${answer.status} ${answer.body}, not the greeting`,
    );
  // Its ports are free ones, another each run: the page shows them as <port>, <port 2>…
  const printed = portsAsPlaceholders(answer.output).replace(/\n+$/, '');
  return { served, printed };
}

async function main(): Promise<void> {
  checkArguments(process.argv.slice(2));
  const keep = process.argv.includes('--keep');
  const given = option('--tarball');
  if (given !== undefined && !existsSync(given)) throw new ProofFailure(`no tarball at ${given}`);
  const mistakes = readMistakes(path.join(example, 'mistakes'));
  const unreadable = mistakes.filter((mistake) => mistake instanceof Error);
  if (unreadable.length > 0)
    throw new ProofFailure(unreadable.map((error) => error.message).join(' '));

  const scratch = mkdtempSync(path.join(tmpdir(), 'take-it-home-'));
  if (!path.relative(repoRoot, scratch).startsWith('..'))
    throw new ProofFailure(`the scratch folder ${scratch} is inside the repository`);
  try {
    const tarball = given ?? pack(scratch);
    log(`the package: ${path.basename(tarball)}`);
    const project = copyExample(scratch);
    run('npm', ['install', '--prefer-offline', '--save-dev', tarball], project, { quiet: true });

    const right = runJest(project, 'right');
    const problems = rightRunProblems(right);
    if (problems.length > 0)
      throw new ProofFailure(`the example's own suite: ${problems.join('; ')}`);
    const summary = [`the right code: ${right.tests.length}/${right.tests.length} tests pass`];
    log(summary[0]);
    const outputs = new Map<string, string>();
    for (const mistake of mistakes as Mistake[]) {
      const name = path.basename(mistake.file, '.patch');
      outputs.set(name, proveMistake(mistake, project, right.tests.length));
      const failing = Object.keys(mistake.failures).length;
      summary.push(
        `${name}: ${right.tests.length - failing}/${right.tests.length} pass, the matcher's ${failing} fail${failing === 1 ? 's' : ''}`,
      );
    }
    outputs.set('npm-ls', dependenciesOfThePackage(scratch, tarball));
    const serving = await serveIfThePackageCan(project);
    if (serving !== undefined) {
      summary.push(serving.served);
      outputs.set('serve', serving.printed);
    }
    summary.push(
      `proved: the example's tests pass, each of its ${mistakes.length} mistakes is caught`,
    );
    outputs.set('summary', summary.join('\n'));
    checkPage(outputs, process.argv.includes('--update-page'));
    log(summary.at(-1) as string);
  } finally {
    if (keep) log(`kept the scratch folder: ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(
    `take-it-home: ✗ ${error instanceof ProofFailure ? error.message : (error.stack ?? error.message)}`,
  );
  process.exit(1);
});
