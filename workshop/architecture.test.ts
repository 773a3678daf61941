import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

/**
 * The house's floors, bottom first. A module may import from its own folder or from a lower
 * floor, never from its floor's neighbours or from above: that keeps the import graph free of
 * loops between folders, and tells a maintainer where a new module belongs (CONTRIBUTING.md).
 */
const FLOORS: string[][] = [
  ['workshop', 'workshop/fixtures', 'solution/src'],
  ['workshop/api-gateway'],
  ['workshop/jest'],
  ['workshop/serverless'],
  ['workshop/front-door'],
  ['workshop/curriculum', 'workshop/recorder', 'workshop/local-vs-aws'],
  ['workshop/cli', 'workshop/deployed'],
  ['workshop/verify'],
  ['workshop/dev', 'workshop/scripts', 'workshop/mutation', 'solution/test'],
];

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;

/** `workshop/cli/commands/home.ts` → `workshop/cli`; `workshop/paths.ts` → `workshop`. */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0];
}

function floorOf(folder: string): number {
  return FLOORS.findIndex((floor) => floor.includes(folder));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name.split(path.sep).join('/')}`)
    .filter((file) => file.endsWith('.ts') && !file.includes('/fixture-workshop/'));
}

/** Each import of a project module: the importing file and the file it names. */
function projectImports(): Array<{ from: string; to: string }> {
  const imports: Array<{ from: string; to: string }> = [];
  for (const file of [...sourceFiles('workshop'), ...sourceFiles('solution')]) {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('@workshop/')) {
        imports.push({ from: file, to: `workshop/${specifier.slice('@workshop/'.length)}` });
      } else if (specifier.startsWith('.')) {
        imports.push({ from: file, to: path.posix.join(path.posix.dirname(file), specifier) });
      }
    }
  }
  return imports;
}

describe('the import graph', () => {
  const imports = projectImports();

  it('finds the imports it judges', () => {
    expect(imports.length).toBeGreaterThan(200);
  });

  it('puts every folder of workshop/ and solution/ on a floor', () => {
    const folders = new Set(imports.flatMap(({ from, to }) => [folderOf(from), folderOf(to)]));
    const unplaced = [...folders].filter((folder) => floorOf(folder) === -1);
    expect(unplaced).toEqual([]);
  });

  it('never imports from a neighbour on the same floor or from a floor above', () => {
    const upward = imports
      .filter(({ from, to }) => folderOf(from) !== folderOf(to))
      .filter(({ from, to }) => floorOf(folderOf(to)) >= floorOf(folderOf(from)))
      .map(({ from, to }) => `${from} imports ${to}`);
    expect(upward).toEqual([]);
  });
});
