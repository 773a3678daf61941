import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packTarball } from './pack-tarball';

/**
 * `npm run check:package`: packs api-gateway-answer and checks the tarball as a user gets it:
 * it holds dist/, README.md, LICENSE and package.json only, and its entry points load with
 * plain Node (no TypeScript, no dependency) from the unpacked folder. Prints the file list and
 * size. CI runs it (.ci/run); npm test does not (it builds with tsc: seconds).
 */
function main(): void {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'api-gateway-answer-check-'));
  try {
    const packed = packTarball(scratch);
    const problems = tarballProblems(packed.files);
    const unpacked = path.join(scratch, 'unpacked');
    mkdirSync(unpacked);
    const tar = spawnSync('tar', ['xzf', packed.file, '-C', unpacked], { encoding: 'utf8' });
    if (tar.status !== 0) problems.push(`tar could not unpack ${packed.file}: ${tar.stderr}`);
    else problems.push(...loadProblems(path.join(unpacked, 'package')));
    console.log(
      `${path.basename(packed.file)}: ${packed.files.length} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`,
    );
    for (const file of packed.files) console.log(`  ${file}`);
    if (problems.length > 0) {
      console.error(problems.map((problem) => `✗ ${problem}`).join('\n'));
      process.exitCode = 1;
    } else
      console.log('✓ only dist/, README.md, LICENSE and package.json; every entry point loads.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The files a tarball may hold: the build, the README, the licence, the manifest. */
export function tarballProblems(files: string[]): string[] {
  const allowed = (file: string) =>
    ['README.md', 'LICENSE', 'package.json'].includes(file) ||
    (file.startsWith('dist/') && !/\.test\.|\.tsbuildinfo$/.test(file));
  const problems = files
    .filter((file) => !allowed(file))
    .map((file) => `the tarball holds ${file}`);
  for (const needed of [
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/jest/index.js',
  ])
    if (!files.includes(needed)) problems.push(`the tarball lacks ${needed}`);
  return problems;
}

/** Each entry point, required by plain Node from the unpacked package by its own name. */
function loadProblems(folder: string): string[] {
  const script = `
    const path = require('node:path');
    const pkg = require(path.join(process.argv[1], 'package.json'));
    const Module = require('node:module');
    const from = Module.createRequire(path.join(process.argv[1], '..', 'x.js'));
    const main = from('api-gateway-answer');
    const p = main.predictAnswer(new Error('boom'), { door: 'rest-proxy' });
    if (p.statusCode !== 502 || p.evidence !== 'recorded') throw new Error('predictAnswer: ' + JSON.stringify(p));
    for (const sub of Object.keys(pkg.exports).filter((key) => key !== '.' && key !== './package.json'))
      from('api-gateway-answer/' + sub.slice(2));
    if (typeof from('api-gateway-answer/jest').apiGatewayMatchers.toBeAcceptedByApiGateway !== 'function') throw new Error('jest entry');
  `;
  // node_modules/api-gateway-answer: so the package is required by its name, as a user does.
  const modules = path.join(folder, '..', 'node_modules');
  mkdirSync(modules, { recursive: true });
  const link = path.join(modules, 'api-gateway-answer');
  symlinkSync(folder, link, 'junction');
  const run = spawnSync(process.execPath, ['-e', script, link], { encoding: 'utf8' });
  const problems =
    run.status === 0 ? [] : [`the unpacked package does not load: ${run.stderr.trim()}`];
  // The command, as npx runs it: its usage, with exit code 0.
  const help = spawnSync(
    process.execPath,
    [path.join(folder, 'dist', 'cli', 'main.js'), '--help'],
    {
      encoding: 'utf8',
    },
  );
  if (help.status !== 0 || !help.stdout.includes('Usage: api-gateway-answer serve'))
    problems.push(`api-gateway-answer --help fails: ${help.stderr.trim() || help.stdout.trim()}`);
  return problems;
}

if (require.main === module) main();
