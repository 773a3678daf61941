import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

/**
 * The house's floors, bottom first. A module may import from its own folder or from a lower
 * floor, never from its floor's neighbours or from above: that keeps the import graph free of
 * loops between folders, and tells a maintainer where a new module belongs (CONTRIBUTING.md).
 */
const FLOORS: string[][] = [
  ['workshop', 'workshop/fixtures', 'solution/src'],
  ['workshop/jest'],
  ['workshop/serverless'],
  ['workshop/front-door'],
  ['workshop/testing'],
  ['workshop/curriculum', 'workshop/recorder', 'workshop/local-vs-aws'],
  ['workshop/cli', 'workshop/deployed'],
  ['workshop/verify'],
  ['workshop/dev', 'workshop/scripts', 'workshop/mutation', 'solution/test'],
];

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;
const REQUIRE = /\b(?:require|import)\(\s*'([^']+)'\s*\)/g;

/** All of the workshop a step's tests may import (workshop/testing/index.ts). */
const TESTING_FACADE = '@workshop/testing';

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

/** What `file` imports (and requires): the specifiers as written. */
function specifiersIn(file: string): string[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  const imported = [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2]);
  const required = [...text.matchAll(REQUIRE)].map((match) => match[1]);
  return [...imported, ...required];
}

/** The module a specifier names, from the repo root: a folder stands for its index.ts. */
function moduleNamed(from: string, specifier: string): string | undefined {
  const target = specifier.startsWith('@workshop/')
    ? `workshop/${specifier.slice('@workshop/'.length)}`
    : specifier.startsWith('.')
      ? path.posix.join(path.posix.dirname(from), specifier)
      : undefined;
  if (target === undefined) return undefined;
  return existsSync(path.join(repoRoot, target, 'index.ts')) ? `${target}/index` : target;
}

/** Each import of a project module: the importing file and the file it names. */
function projectImports(): Array<{ from: string; to: string }> {
  return [...sourceFiles('workshop'), ...sourceFiles('solution')].flatMap((from) =>
    specifiersIn(from).flatMap((specifier) => {
      const to = moduleNamed(from, specifier);
      return to === undefined ? [] : [{ from, to }];
    }),
  );
}

/** Every file of the steps' tests, and of the answers' if one ships any. */
function stepTestFiles(): string[] {
  const under = (top: string) =>
    readdirSync(path.join(repoRoot, top), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${top}/${entry.name}/test`)
      .filter((folder) => existsSync(path.join(repoRoot, folder)))
      .flatMap((folder) => sourceFiles(folder));
  return [...under('steps'), ...under('answers')];
}

/**
 * What a step's test file imports that it may not: the workshop only through its facade,
 * `@workshop/testing`, and by a relative path only the step's own files (its src/ and test/).
 */
function forbiddenStepImports(file: string, specifiers: string[]): string[] {
  const stepFolder = file.split('/').slice(0, 2).join('/');
  return specifiers
    .filter((specifier) =>
      specifier.startsWith('@workshop/')
        ? specifier !== TESTING_FACADE
        : specifier.startsWith('.') &&
          !path.posix.join(path.posix.dirname(file), specifier).startsWith(`${stepFolder}/`),
    )
    .map((specifier) => `${file} imports ${specifier}`);
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

describe('the step tests', () => {
  const files = stepTestFiles();

  it('finds the step tests it judges', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it('import the workshop only through @workshop/testing', () => {
    const forbidden = files.flatMap((file) => forbiddenStepImports(file, specifiersIn(file)));
    expect(forbidden).toEqual([]);
  });

  it('would be told apart from a test that reaches into the machinery', () => {
    const file = 'steps/01-scaffold/test/scaffold.test.ts';
    const specifiers = [
      '@workshop/testing',
      '../src/handler',
      './helper',
      '@workshop/jest/load-once',
      '../../../workshop/paths',
      'node:path',
    ];
    expect(forbiddenStepImports(file, specifiers)).toEqual([
      `${file} imports @workshop/jest/load-once`,
      `${file} imports ../../../workshop/paths`,
    ]);
  });
});
