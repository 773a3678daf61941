import { lookalikeErrors } from '../fixtures/lookalike-errors';
import { countTests } from './requirement-count';

describe('countTests', () => {
  it('counts each it and test call, nested in describes or not', () => {
    const source = `
      describe('a', () => {
        it('one', () => { expect(1).toBe(1); });
        describe('b', () => { test('two', async () => undefined); });
      });
      it('three', () => undefined);`;
    expect(countTests(source)).toBe(3);
  });

  it('counts it.each and test.each as one test per row of an array literal', () => {
    const source = `
      it.each([[1, 'a'], [2, 'b'], [3, 'c']])('row %i', () => undefined);
      test.each(['x', 'y'])('%s', () => undefined);`;
    expect(countTests(source)).toBe(5);
  });

  it('does not count hooks, describes or other calls', () => {
    expect(countTests(`beforeAll(() => it); describe('a', () => { expect(x).toBe(1); });`)).toBe(0);
  });

  it('counts the rows of a table named in the file, or imported from a workshop module', () => {
    const local = `const rows = [1, 2, 3];\nit.each(rows)('%s', () => undefined);`;
    expect(countTests(local)).toBe(3);
    const imported = `import { kinds } from '@workshop/fixtures/kinds';\nit.each(kinds)('%s', () => undefined);`;
    const modules = (specifier: string) =>
      specifier === '@workshop/fixtures/kinds'
        ? { file: 'fixtures/kinds.ts', source: "export const kinds = [['a'], ['b']];" }
        : undefined;
    expect(countTests(imported, 'test.ts', modules)).toBe(2);
    expect(countTests(imported, 'test.ts', () => undefined)).toBeUndefined();
  });

  it('follows a table re-exported by the module the test imports it from', () => {
    const imported = `import { kinds } from '@workshop/testing';\nit.each(kinds)('%s', () => undefined);`;
    const modules = (specifier: string, importer?: string) => {
      if (specifier === '@workshop/testing')
        return { file: 'testing/index.ts', source: "export { rows as kinds } from '../rows';" };
      if (specifier === '../rows' && importer === 'testing/index.ts')
        return { file: 'rows.ts', source: 'export const rows = [1, 2, 3];' };
      return undefined;
    };
    expect(countTests(imported, 'test.ts', modules)).toBe(3);
  });

  it('counts the rows of a fixture table the step tests import through @workshop/testing', () => {
    const source = `import { lookalikeErrors } from '@workshop/testing';\nit.each(lookalikeErrors)('%s', () => undefined);`;
    expect(countTests(source)).toBe(lookalikeErrors.length);
  });

  it('gives up (undefined) on rows it cannot count', () => {
    expect(countTests(`it.each(rows)('%s', () => undefined); it('one', () => 1);`)).toBeUndefined();
  });

  it('counts a file that does not compile as far as it reads', () => {
    expect(countTests(`it('one', () => { const = ; }); it('two', () => 1);`)).toBe(2);
  });
});
