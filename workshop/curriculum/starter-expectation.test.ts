import type { Step } from './manifest';
import { starterProblems } from './starter-expectation';

const step = (passesOnStarter: string[]): Step => ({
  number: 1,
  slug: '01-one',
  title: 'One',
  doc: 'docs/01-one.md',
  learnerFiles: ['a.ts'],
  hints: ['h'],
  passesOnStarter,
});
const run = (passed: string[], failed: string[]) => [
  ...passed.map((fullName) => ({ fullName, passed: true })),
  ...failed.map((fullName) => ({ fullName, passed: false })),
];

describe('starterProblems', () => {
  it('accepts a starter that fails every test but the ones listed', () => {
    expect(starterProblems(step(['kept']), run(['kept'], ['a', 'b']))).toEqual([]);
    expect(starterProblems(step([]), run([], ['a']))).toEqual([]);
  });

  it('names a test the starter passes that is not listed: a test that proves nothing yet', () => {
    expect(starterProblems(step([]), run(['a'], ['b']))).toEqual([
      'the starter passes "a", which the manifest does not list under passesOnStarter.',
    ]);
  });

  it('names a listed test the starter fails', () => {
    expect(starterProblems(step(['a']), run([], ['a']))).toEqual([
      'the starter should pass "a" (the manifest lists it under passesOnStarter) but fails it.',
    ]);
  });

  it('names a listed name that is no test of the step (a renamed or deleted test)', () => {
    expect(starterProblems(step(['old name']), run([], ['a']))).toEqual([
      'the manifest lists "old name" under passesOnStarter, but no test of the step has that name.',
    ]);
  });
});
