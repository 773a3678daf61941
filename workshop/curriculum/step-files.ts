import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file of a step folder the step's tests may load or read (its `src/`, `serverless.yml`,
 * the tests themselves), as absolute paths, sorted: what watch mode follows and what a
 * remembered result is valid for. Hidden entries (build output such as `.serverless/`,
 * editors' swap files) and `node_modules/` are not the step's.
 */
export function stepFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  walk(folder);
  return files.sort();
}

/** A name in a step's folders whose save means the step's code changed (not an editor's temporary file). */
export const isStepFileName = (name: string) =>
  !name.startsWith('.') && /\.(ts|js|mjs|cjs|json|ya?ml)$/.test(name);
