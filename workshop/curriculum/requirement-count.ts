import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type TypeScript from 'typescript';

/**
 * How many tests a test file declares, read from its source without running it: each `it(…)`
 * or `test(…)` is one, each `it.each([…])(…)` one per row. A file that cannot load (a syntax
 * error in the learner's code it imports) still has these requirements: they are not run, not
 * gone. Undefined when the file declares tests in a way this count cannot follow (rows that
 * are not an array literal); verify checks the count against every answer's real run.
 */
export function countTests(source: string, fileName = 'test.ts'): number | undefined {
  // Loaded here, not at the top: the CLI reads this only when a test file failed to load, and
  // the compiler takes half a second to load on every run otherwise.
  const ts = require('typescript') as typeof TypeScript;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
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
        if (rows !== undefined && ts.isArrayLiteralExpression(rows)) count += rows.elements.length;
        else unknown = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return unknown ? undefined : count;
}

const isTestFunction = (name: string) => name === 'it' || name === 'test';

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
