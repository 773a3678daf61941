import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { findStep, loadEpilogue, loadSteps, ManifestError } from './manifest';

describe('steps/manifest.yml', () => {
  it('loads, numbered 1… in order, each step with hints and its page under docs/', () => {
    const steps = loadSteps();
    expect(steps.map((step) => step.number)).toEqual(steps.map((_, index) => index + 1));
    for (const step of steps) {
      expect(step.hints.length).toBeGreaterThanOrEqual(2);
      expect(step.doc).toBe(`docs/${step.slug}.md`);
    }
  });

  it('reads a folded hint as one line of prose', () => {
    const [first] = loadSteps();
    expect(first.hints[0]).toMatch(/^`serverless.yml` has two jobs here: .+ exported name\.$/);
    expect(first.hints[0]).not.toContain('\n');
  });
});

describe('loadSteps on a broken manifest says what is wrong, in one line', () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'workshop-manifest-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const step = { slug: '01-one', title: 'One', learnerFiles: ['a.ts'], hints: ['h'] };
  const load = (content: string) => {
    const file = path.join(folder, 'manifest.yml');
    writeFileSync(file, content);
    return () => loadSteps(file);
  };
  const manifest = (...steps: unknown[]) => stringify({ steps });

  it('needs no passesOnStarter, number or doc: they follow', () => {
    const [loaded] = load(manifest(step))();
    expect(loaded).toEqual({ ...step, number: 1, doc: 'docs/01-one.md', passesOnStarter: [] });
  });

  it.each([
    ['not YAML', 'steps: [', /^steps\/manifest.yml cannot be read: [^\n]+$/],
    ['no steps', 'steps: []', /has no "steps" list/],
    ['a step that is a string', manifest('01-one'), /step 1: must be a mapping/],
    [
      'a step out of place',
      manifest(step, { ...step, slug: '03-three' }),
      /step 2: "slug" must look like "02-some-name"/,
    ],
    ['a slug without its number', manifest({ ...step, slug: 'one' }), /"slug" must look like/],
    ['no title', manifest({ ...step, title: ' ' }), /"title" is missing/],
    ['no hints', manifest({ ...step, hints: [] }), /"hints" must be a non-empty list/],
    [
      'a test named twice',
      manifest({ ...step, passesOnStarter: ['t', 't'] }),
      /"passesOnStarter" names "t" twice/,
    ],
    [
      'a field it does not know (a typo, or one that is derived now)',
      manifest({ ...step, failsOnStarter: ['t'] }),
      /unknown field "failsOnStarter"/,
    ],
  ])('%s', (_, content, message) => {
    const attempt = load(content);
    expect(attempt).toThrow(ManifestError);
    expect(attempt).toThrow(message);
  });
});

describe('the epilogue: pages after the steps, with no step folder', () => {
  it('lists the take-it-home page after the last step, with its example folder', () => {
    const steps = loadSteps();
    expect(loadEpilogue()).toEqual([
      {
        number: steps.length + 1,
        slug: '12-take-it-home',
        title: 'Take it home',
        doc: 'docs/12-take-it-home.md',
        example: 'examples/take-it-home',
      },
    ]);
  });

  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'workshop-epilogue-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const step = { slug: '01-one', title: 'One', learnerFiles: ['a.ts'], hints: ['h'] };
  const load = (epilogue: unknown) => {
    const file = path.join(folder, 'manifest.yml');
    writeFileSync(file, stringify({ steps: [step], epilogue }));
    return () => loadEpilogue(file);
  };

  it('numbers a page on from the steps, whatever its slug says, and needs no example', () => {
    expect(load([{ slug: '07-after', title: 'After' }])()).toEqual([
      { number: 2, slug: '07-after', title: 'After', doc: 'docs/07-after.md' },
    ]);
    expect(load(undefined)()).toEqual([]);
  });

  it.each([
    ['not a list', { slug: '02-x' }, /"epilogue" must be a list/],
    ['a page that is a string', ['02-x'], /epilogue page 1: must be a mapping/],
    [
      'a slug without a number',
      [{ slug: 'x', title: 'X' }],
      /"slug" must look like "12-some-name"/,
    ],
    ["a step's slug", [{ slug: '01-one', title: 'X' }], /"01-one" is a step's slug already/],
    ['no title', [{ slug: '02-x' }], /"title" is missing/],
    [
      'a field it does not know',
      [{ slug: '02-x', title: 'X', hints: [] }],
      /unknown field "hints"/,
    ],
    ['an empty example', [{ slug: '02-x', title: 'X', example: '' }], /"example" must be a folder/],
  ])('refuses %s, in one line', (_, epilogue, message) => {
    expect(load(epilogue)).toThrow(ManifestError);
    expect(load(epilogue)).toThrow(message);
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
