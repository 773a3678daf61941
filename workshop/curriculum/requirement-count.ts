import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type TypeScript from 'typescript';
import { repoRoot } from '../paths';

/** A module's source, and its file, from which its own imports are resolved. */
export interface ModuleSource {
  file: string;
  source: string;
}

/**
 * Reads the module `specifier` names: a `@workshop/…` module, or one relative to `importer`
 * (a workshop module's file, whose re-exports are followed). Undefined for any other.
 */
export type ModuleReader = (specifier: string, importer?: string) => ModuleSource | undefined;

/** How many modules a table's re-exports are followed through before the count gives up. */
const MAX_RE_EXPORTS = 4;

/**
 * How many tests a test file declares, read from its source without running it: each `it(…)`
 * or `test(…)` is one, each `it.each([…])(…)` one per row (also of a table named in the file or
 * imported from a `@workshop/…` module, which may re-export it: the step tests import every
 * table through `@workshop/testing`). A file that cannot load (a syntax
 * error in the learner's code it imports) still has these requirements: they are not run, not
 * gone. Undefined when the file declares tests in a way this count cannot follow (rows that
 * are not an array literal); verify checks the count against every answer's real run.
 */
export function countTests(
  source: string,
  fileName = 'test.ts',
  readModule: ModuleReader = workshopModule,
): number | undefined {
  // Loaded here, not at the top: the CLI reads this only when a test file failed to load, and
  // the compiler takes half a second to load on every run otherwise.
  const ts = require('typescript') as typeof TypeScript;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const rowsOf = (rows: TypeScript.Expression): number | undefined => {
    if (ts.isArrayLiteralExpression(rows)) return rows.elements.length;
    // A table named in this file, or imported from the workshop's fixtures: its array's rows.
    if (!ts.isIdentifier(rows)) return undefined;
    const local = arrayNamed(ts, file, rows.text);
    if (local !== undefined) return local;
    const specifier = importOf(ts, file, rows.text);
    return specifier === undefined
      ? undefined
      : exportedArray(ts, readModule, specifier, undefined, rows.text, MAX_RE_EXPORTS);
  };
  let count = 0;
  let unknown = false;
  const visit = (node: TypeScript.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && isTestFunction(callee.text)) count += 1;
      else if (
        ts.isCallExpression(callee) &&
        ts.isPropertyAccessExpression(callee.expression) &&
        ts.isIdentifier(callee.expression.expression) &&
        isTestFunction(callee.expression.expression.text) &&
        callee.expression.name.text === 'each'
      ) {
        const [rows] = callee.arguments;
        const found = rows === undefined ? undefined : rowsOf(rows);
        if (found !== undefined) count += found;
        else unknown = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return unknown ? undefined : count;
}

const isTestFunction = (name: string) => name === 'it' || name === 'test';

/** The number of elements of `const <name> = [ … ]` at the top of `file`, if it is one. */
function arrayNamed(
  ts: typeof TypeScript,
  file: TypeScript.SourceFile,
  name: string,
): number | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
      const value = declaration.initializer;
      return value !== undefined && ts.isArrayLiteralExpression(value)
        ? value.elements.length
        : undefined;
    }
  }
  return undefined;
}

/** The module `name` is imported from in `file`, e.g. `@workshop/fixtures/lookalike-errors`. */
function importOf(
  ts: typeof TypeScript,
  file: TypeScript.SourceFile,
  name: string,
): string | undefined {
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    const bindings = statement.importClause?.namedBindings;
    if (
      bindings &&
      ts.isNamedImports(bindings) &&
      bindings.elements.some((each) => each.name.text === name)
    )
      return statement.moduleSpecifier.text;
  }
  return undefined;
}

/**
 * The number of elements of the array a module exports as `name`: declared there, or
 * re-exported from another module (`export { name } from './…'`), followed `hops` times at most.
 */
function exportedArray(
  ts: typeof TypeScript,
  readModule: ModuleReader,
  specifier: string,
  importer: string | undefined,
  name: string,
  hops: number,
): number | undefined {
  const module = readModule(specifier, importer);
  if (module === undefined) return undefined;
  const file = ts.createSourceFile(module.file, module.source, ts.ScriptTarget.Latest, false);
  const declared = arrayNamed(ts, file, name);
  if (declared !== undefined || hops === 0) return declared;
  const reExport = reExportOf(ts, file, name);
  return reExport === undefined
    ? undefined
    : exportedArray(ts, readModule, reExport.specifier, module.file, reExport.name, hops - 1);
}

/** Where `file` re-exports `name` from, and under which name that module exports it. */
function reExportOf(
  ts: typeof TypeScript,
  file: TypeScript.SourceFile,
  name: string,
): { specifier: string; name: string } | undefined {
  for (const statement of file.statements) {
    if (
      !ts.isExportDeclaration(statement) ||
      statement.isTypeOnly ||
      statement.moduleSpecifier === undefined ||
      !ts.isStringLiteral(statement.moduleSpecifier) ||
      statement.exportClause === undefined ||
      !ts.isNamedExports(statement.exportClause)
    )
      continue;
    const element = statement.exportClause.elements.find((each) => each.name.text === name);
    if (element !== undefined)
      return {
        specifier: statement.moduleSpecifier.text,
        name: (element.propertyName ?? element.name).text,
      };
  }
  return undefined;
}

/**
 * A `@workshop/…` module, as the step tests import them (a file, or a folder's index.ts), or
 * a module a workshop module imports by a relative path; undefined for others.
 */
function workshopModule(specifier: string, importer?: string): ModuleSource | undefined {
  const match = /^@workshop\/(.+)$/.exec(specifier);
  const base =
    match !== null
      ? path.join(repoRoot, 'workshop', match[1])
      : importer !== undefined && specifier.startsWith('.')
        ? path.resolve(path.dirname(importer), specifier)
        : undefined;
  if (base === undefined) return undefined;
  const file = [`${base}.ts`, path.join(base, 'index.ts')].find((each) => existsSync(each));
  return file === undefined ? undefined : { file, source: readFileSync(file, 'utf8') };
}

/** Each test file of a step (absolute path) with the tests it declares. */
export function declaredTests(stepFolder: string): Map<string, number | undefined> {
  const folder = path.join(stepFolder, 'test');
  const counts = new Map<string, number | undefined>();
  if (!existsSync(folder)) return counts;
  for (const name of readdirSync(folder)
    .filter((each) => each.endsWith('.test.ts'))
    .sort()) {
    const file = path.join(folder, name);
    counts.set(file, countTests(readFileSync(file, 'utf8'), name));
  }
  return counts;
}

/** The step's requirements: every test its files declare (a file this count cannot read counts one). */
export function requirementCount(stepFolder: string): number {
  let total = 0;
  for (const count of declaredTests(stepFolder).values()) total += count ?? 1;
  return total;
}
