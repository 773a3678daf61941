import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import { frameworkEnv } from './framework';
import type { CloudFormationResource } from './package-service';
import { type ResolvedConfig, resolvedConfig, writtenResources } from './resolved-config';

/** What the deploy would send CloudFormation, and the configuration it was compiled from. */
export interface CompiledService {
  config: ResolvedConfig;
  resources: Record<string, CloudFormationResource>;
  /** serverless.yml's resources as written, variables unresolved: what a message quotes back. */
  writtenResources?: Record<string, unknown>;
}

/**
 * The CloudFormation resources `serverless package` would make for the service in `folder`,
 * compiled by the framework's own AWS plugins (in a child process: compile-in-child.js): its plugins (serverless-esbuild,
 * serverless-offline) and the zip are left out, since the routes, CORS, integrations and
 * gateway responses do not depend on them. A package run takes 2 to 3 s; this takes about 1 s
 * the first time in a process, and nothing when serverless.yml and the variables it reads are
 * the same as last time (a cache under .workshop/cache/template, keyed by them).
 */
export async function compileTemplate(
  folder: string,
  env: Record<string, string | undefined> = {},
): Promise<CompiledService> {
  const config = await resolvedConfig(folder, env);
  const written = await writtenResources(folder);
  const withWritten = written === undefined ? {} : { writtenResources: written };
  const key = templateKey(config);
  const cached = path.join(cacheRoot, `${key}.json`);
  if (existsSync(cached)) {
    try {
      return { config, resources: JSON.parse(readFileSync(cached, 'utf8')), ...withWritten };
    } catch {
      // A cache entry is written whole (by rename); one that does not parse is remade.
    }
  }
  const resources = await compileInChild(folder, config);
  mkdirSync(cacheRoot, { recursive: true });
  const incoming = `${cached}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(incoming, JSON.stringify(resources));
  renameSync(incoming, cached);
  return { config, resources, ...withWritten };
}

const cacheRoot = path.join(repoRoot, '.workshop', 'cache', 'template');
// By the repository's path, not this file's: the CLI runs this code bundled elsewhere.
const compiler = path.join(repoRoot, 'workshop', 'serverless', 'compile-in-child.js');

/** The resolved configuration (variables filled in), the installed framework and how it is called: what the template is made of. */
function templateKey(config: ResolvedConfig): string {
  return createHash('sha256')
    .update(JSON.stringify(config))
    .update(readFileSync(path.join(repoRoot, 'package-lock.json')))
    .update(readFileSync(compiler))
    .digest('hex')
    .slice(0, 24);
}

/** Runs compile-in-child.js with this Node; its output is the resources, as JSON. */
function compileInChild(
  folder: string,
  config: ResolvedConfig,
): Promise<Record<string, CloudFormationResource>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiler, folder, repoRoot], {
      env: frameworkEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(output));
      else
        reject(
          new Error(
            `The framework could not compile ${path.relative(repoRoot, path.join(folder, 'serverless.yml'))}:\n${errors.trim()}`,
          ),
        );
    });
    child.stdin.end(JSON.stringify(config));
  });
}
