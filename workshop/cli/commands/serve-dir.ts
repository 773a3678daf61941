import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../output';
import { serveLocalApi } from './serve-local-api';

/** Folders a service's code is never in: dependencies, build output, version control. */
const NOT_SOURCES = new Set([
  'node_modules',
  '.git',
  '.serverless',
  '.esbuild',
  '.workshop',
  '.front-door',
]);

/**
 * `serve --dir <path>`: any Serverless Framework service with Node.js handlers, a learner's own
 * project after the workshop, on the workshop's local API, as `serve` runs a step.
 */
export async function serveDir(dir: string, port: number, pagePort?: number): Promise<number> {
  const folder = path.resolve(dir);
  if (!existsSync(path.join(folder, 'serverless.yml')))
    throw new UserError(
      `There is no serverless.yml in ${folder}: --dir takes the folder of a Serverless Framework service.`,
    );
  return serveLocalApi({
    folder,
    label: `the service in ${folder}`,
    port,
    pagePort,
    sources: serviceFolderSources(folder),
    allowsPageOrigin: false,
  });
}

/** serverless.yml and every file of the service but its dependencies and build output: a save of one rebuilds. */
export function serviceFolderSources(folder: string): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (NOT_SOURCES.has(entry.name)) continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  walk(folder);
  return files.sort();
}
