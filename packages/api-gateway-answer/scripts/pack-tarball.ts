import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The package's folder, and the repository's node_modules (its TypeScript and type packages). */
const packageFolder = path.resolve(__dirname, '..');
const repoModules = path.resolve(packageFolder, '..', '..', 'node_modules');

/** What `npm pack` made: the tarball, the files it holds (paths inside package/) and its size in bytes. */
export interface PackedTarball {
  file: string;
  files: string[];
  size: number;
  unpackedSize: number;
}

const isWindows = process.platform === 'win32';

/**
 * `npm pack`s api-gateway-answer into `destination` (a folder that exists), as a publisher
 * would: its prepack script builds dist/ with tsc first. It packs a copy made in a scratch
 * folder, so that neither the build nor the tarball lands in the repository's tree; the copy
 * reads TypeScript and the type packages from the repository's node_modules.
 */
export function packTarball(destination: string): PackedTarball {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'api-gateway-answer-pack-'));
  try {
    const copy = path.join(scratch, 'api-gateway-answer');
    for (const entry of ['package.json', 'README.md', 'LICENSE', 'tsconfig.build.json', 'src'])
      cpSync(path.join(packageFolder, entry), path.join(copy, entry), { recursive: true });
    // A junction needs no privileges on Windows; elsewhere it is a plain symbolic link.
    symlinkSync(repoModules, path.join(copy, 'node_modules'), 'junction');
    const run = spawnSync(
      'npm',
      ['pack', '--json', '--pack-destination', path.resolve(destination)],
      { cwd: copy, encoding: 'utf8', shell: isWindows },
    );
    if (run.status !== 0)
      throw new Error(`npm pack failed (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
    // npm prints the prepack script's output before the JSON.
    const [packed] = JSON.parse(run.stdout.slice(run.stdout.indexOf('['))) as Array<{
      filename: string;
      files: Array<{ path: string }>;
      size: number;
      unpackedSize: number;
    }>;
    return {
      file: path.join(path.resolve(destination), packed.filename),
      files: packed.files.map((each) => each.path).sort(),
      size: packed.size,
      unpackedSize: packed.unpackedSize,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
