import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findStep, loadSteps, ManifestError } from './manifest';

describe('steps/manifest.json', () => {
  it('loads, numbered 1… in order, each step with hints and the tests its starter fails', () => {
    const steps = loadSteps();
    expect(steps.map((step) => step.number)).toEqual(steps.map((_, index) => index + 1));
    for (const step of steps) {
      expect(step.hints.length).toBeGreaterThanOrEqual(2);
      expect(step.failsOnStarter.length).toBeGreaterThan(0);
    }
  });
});

describe('loadSteps on a broken manifest says what is wrong, in one line', () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'workshop-manifest-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const step = {
    number: 1,
    slug: '01-one',
    title: 'One',
    doc: 'docs/01-one.md',
    learnerFiles: ['a.ts'],
    hints: ['h'],
    failsOnStarter: ['t'],
  };
  const load = (content: string) => {
    const file = path.join(folder, 'manifest.json');
    writeFileSync(file, content);
    return () => loadSteps(file);
  };

  it.each([
    ['not JSON', '{', /cannot be read/],
    ['no steps', '{"steps": []}', /has no "steps" list/],
    [
      'a gap in the numbers',
      JSON.stringify({ steps: [{ ...step, number: 2 }] }),
      /"number" must be 1/,
    ],
    [
      'a slug without its number',
      JSON.stringify({ steps: [{ ...step, slug: 'one' }] }),
      /"slug" must look like "01-some-name"/,
    ],
    [
      'a doc page elsewhere',
      JSON.stringify({ steps: [{ ...step, doc: 'one.md' }] }),
      /"doc" must be "docs\/01-one.md"/,
    ],
    [
      'no hints',
      JSON.stringify({ steps: [{ ...step, hints: [] }] }),
      /"hints" must be a non-empty list/,
    ],
  ])('%s', (_, content, message) => {
    const attempt = load(content);
    expect(attempt).toThrow(ManifestError);
    expect(attempt).toThrow(message);
  });
});

describe('findStep', () => {
  const steps = loadSteps();
  it.each([['3'], ['03'], ['03-return-400'], ['return-400']])('finds step 3 as %s', (ref) => {
    expect(findStep(steps, ref)?.slug).toBe('03-return-400');
  });
  it.each([['0'], ['99'], ['nope']])('finds nothing for %s', (ref) => {
    expect(findStep(steps, ref)).toBeUndefined();
  });
});
