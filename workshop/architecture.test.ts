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

/** The model of API Gateway, a package of its own that learners install in their services. */
const PACKAGE = 'packages/api-gateway-answer';
const PACKAGE_NAME = 'api-gateway-answer';

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

/** The package's public entry points, from its exports: `api-gateway-answer`, `api-gateway-answer/jest`, … */
function publicEntryPoints(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, PACKAGE, 'package.json'), 'utf8'));
  return Object.keys(manifest.exports as Record<string, unknown>)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? PACKAGE_NAME : `${PACKAGE_NAME}/${key.slice(2)}`));
}

/**
 * What a file outside the package imports of it that it may not: the package only by its
 * name and public entry points, never by a path into its folder or a deeper module.
 */
function forbiddenModelImports(
  file: string,
  specifiers: string[],
  entryPoints: string[],
): string[] {
  return specifiers
    .filter((specifier) =>
      specifier === PACKAGE_NAME || specifier.startsWith(`${PACKAGE_NAME}/`)
        ? !entryPoints.includes(specifier)
        : specifier === '@workshop/api-gateway' ||
          specifier.startsWith('@workshop/api-gateway/') ||
          (specifier.startsWith('.') &&
            path.posix.join(path.posix.dirname(file), specifier).startsWith('packages/')),
    )
    .map((specifier) => `${file} imports ${specifier}`);
}

/** Each import statement's specifier, and whether it is type-only (`import type …`: no code at run time). */
const IMPORT_STATEMENT =
  /^\s*(?:import|export)(\s+type)?\b[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;

/**
 * What a file of the package imports that it may not: anything outside its folder; and, in
 * what it ships (not its tests), any module but Node's own at run time. Types may come from
 * a package (@types/aws-lambda), and `optionalPeers` (velocityjs) may be required lazily.
 */
function forbiddenPackageImports(file: string, text: string, optionalPeers: string[]): string[] {
  const isTest = file.endsWith('.test.ts');
  const statements = [...text.matchAll(IMPORT_STATEMENT)].map((match) => ({
    specifier: match[2] ?? match[3],
    typeOnly: match[1] !== undefined,
  }));
  const required = [...text.matchAll(REQUIRE)].map((match) => ({
    specifier: match[1],
    typeOnly: false,
    lazy: true,
  }));
  return [...statements.map((each) => ({ ...each, lazy: false })), ...required]
    .filter(({ specifier, typeOnly, lazy }) => {
      if (specifier.startsWith('.'))
        return !path.posix.join(path.posix.dirname(file), specifier).startsWith(`${PACKAGE}/`);
      if (specifier.startsWith('@workshop/') || specifier.startsWith(PACKAGE_NAME)) return true;
      if (specifier.startsWith('node:') || isTest || typeOnly) return false;
      return !(lazy && optionalPeers.includes(specifier));
    })
    .map(({ specifier }) => `${file} imports ${specifier}`);
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

describe('the model of API Gateway, packages/api-gateway-answer', () => {
  const entryPoints = publicEntryPoints();
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, PACKAGE, 'package.json'), 'utf8'));
  const optionalPeers = Object.keys(manifest.peerDependenciesMeta ?? {});
  const packageFiles = sourceFiles(PACKAGE).filter((file) => !file.includes('/dist/'));

  it('finds its entry points and its files', () => {
    expect(entryPoints).toEqual(expect.arrayContaining([PACKAGE_NAME, `${PACKAGE_NAME}/jest`]));
    expect(packageFiles.length).toBeGreaterThan(40);
  });

  it('is imported by the workshop, the solution, the steps and the answers only through its public entry points', () => {
    const users = ['workshop', 'solution', 'steps', 'answers'].flatMap((top) => sourceFiles(top));
    const forbidden = users.flatMap((file) =>
      forbiddenModelImports(file, specifiersIn(file), entryPoints),
    );
    expect(forbidden).toEqual([]);
  });

  it('imports nothing outside its folder, and at run time nothing but Node', () => {
    const forbidden = packageFiles.flatMap((file) =>
      forbiddenPackageImports(file, readFileSync(path.join(repoRoot, file), 'utf8'), optionalPeers),
    );
    expect(forbidden).toEqual([]);
  });

  it('would be told apart from an import that reaches past its entry points', () => {
    const file = 'workshop/front-door/rest-proxy.ts';
    expect(
      forbiddenModelImports(
        file,
        [
          PACKAGE_NAME,
          `${PACKAGE_NAME}/jest`,
          `${PACKAGE_NAME}/src/lambda-runtime`,
          '../../packages/api-gateway-answer/src/sources',
          '@workshop/api-gateway/sources',
          './stages',
        ],
        entryPoints,
      ),
    ).toEqual([
      `${file} imports ${PACKAGE_NAME}/src/lambda-runtime`,
      `${file} imports ../../packages/api-gateway-answer/src/sources`,
      `${file} imports @workshop/api-gateway/sources`,
    ]);
  });

  it('would be told apart from a package file that needs the workshop or a dependency', () => {
    const file = `${PACKAGE}/src/predict-answer.ts`;
    const text = [
      "import type { Context } from 'aws-lambda';",
      "import { randomUUID } from 'node:crypto';",
      "import { evidence } from './sources';",
      "import { paths } from '../../../workshop/paths';",
      "import { render } from 'velocityjs';",
      "import { type Context as C } from 'aws-lambda';",
      "const lazy = () => require('velocityjs');",
      "const other = () => require('express');",
    ].join('\n');
    expect(forbiddenPackageImports(file, text, ['velocityjs'])).toEqual([
      `${file} imports ../../../workshop/paths`,
      `${file} imports velocityjs`,
      `${file} imports aws-lambda`,
      `${file} imports express`,
    ]);
    // Its tests may use test libraries, but not the workshop either.
    const test = `${PACKAGE}/src/predict-answer.test.ts`;
    expect(
      forbiddenPackageImports(
        test,
        "import fc from 'fast-check';\nimport { x } from '@workshop/testing';",
        [],
      ),
    ).toEqual([`${test} imports @workshop/testing`]);
  });
});
