import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { UserError } from '../../cli/output';
import { filesBelow } from '../../curriculum/carried-files';
import {
  answerFolder,
  loadSteps,
  MANIFEST,
  type Step,
  stepFolder,
} from '../../curriculum/manifest';
import { repoRoot } from '../../paths';
import { generatedPages } from '../../verify/generated-docs';

/** How the manifest is written back: as wide as the docs, hints folded. */
export const MANIFEST_FORMAT = { lineWidth: 96, minContentWidth: 40 };

/**
 * Scaffolds step N+1 in every place a step needs, so that `npm run dev -- check` passes on it
 * from the start: the step folder (the previous step's files as solved, a starter with a
 * TODO, one test it fails), the answer, the doc page, the manifest entry, and the generated
 * parts of the docs. Returns what it created, relative to the repo.
 */
export function scaffoldStep(name: string, title: string): string[] {
  const root = repoRoot;
  const manifestFile = path.join(root, ...MANIFEST.split('/'));
  const steps = loadSteps(manifestFile);
  const number = steps.length + 1;
  const prefix = String(number).padStart(2, '0');
  const bare = name.replace(/^\d\d-/, '');
  if (!/^[a-z][a-z0-9-]*$/.test(bare))
    throw new UserError(
      `"${name}" is not a slug: lower-case letters, digits and dashes, like "return-404".`,
    );
  if (name !== bare && !name.startsWith(`${prefix}-`))
    throw new UserError(
      `The new step is step ${number}: its slug starts with ${prefix}-, not "${name.slice(0, 3)}".`,
    );
  if (title.trim() === '') throw new UserError('The step needs a title, in quotes.');
  const slug = `${prefix}-${bare}`;
  const step: Step = {
    number,
    slug,
    title: title.trim(),
    doc: `docs/${slug}.md`,
    learnerFiles: [`src/${bare}.ts`],
    hints: [
      `A nudge: what to look at first for "${title.trim()}".`,
      'Nearly the answer: what to write, and where.',
    ],
    passesOnStarter: [],
  };
  const folder = stepFolder(step, root);
  for (const place of [folder, answerFolder(step, root), path.join(root, step.doc)])
    if (existsSync(place))
      throw new UserError(`${path.relative(root, place)} already exists: pick another slug.`);

  const created: string[] = [];
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    created.push(path.relative(root, file).split(path.sep).join('/'));
  };
  // A step starts where the previous one ends: its files as solved, byte for byte.
  const previous = steps.at(-1) as Step;
  for (const file of filesBelow(stepFolder(previous, root)).filter((f) => !f.startsWith('test/'))) {
    const answer = path.join(answerFolder(previous, root), file);
    const solved = existsSync(answer) ? answer : path.join(stepFolder(previous, root), file);
    write(path.join(folder, file), readFileSync(solved));
  }
  write(path.join(folder, 'src', `${bare}.ts`), starterSource(step));
  write(path.join(answerFolder(step, root), 'src', `${bare}.ts`), answerSource(step));
  write(path.join(folder, 'test', `${bare}.test.ts`), testSource(step, bare));
  write(path.join(root, step.doc), docPage(step));

  const manifest = parseDocument(readFileSync(manifestFile, 'utf8'));
  const entry = manifest.createNode({
    slug,
    title: step.title,
    learnerFiles: step.learnerFiles,
    hints: step.hints,
  });
  manifest.addIn(['steps'], entry);
  writeFileSync(manifestFile, manifest.toString(MANIFEST_FORMAT));
  created.push(MANIFEST);

  // The step lists of the docs name every step; step 1's starter score is unchanged.
  const withNew = loadSteps(manifestFile);
  for (const [file, content] of generatedPages(withNew)) {
    if (readFileSync(file, 'utf8') !== content) {
      writeFileSync(file, content);
      created.push(`${path.relative(root, file).split(path.sep).join('/')} (step list)`);
    }
  }
  return created;
}

const starterSource = (
  step: Step,
) => `// TODO (step ${step.number}, ${step.title}): make isDone return true, then replace this
// file with the step's real starter: what the learner starts from, with a TODO where they work.
export function isDone(): boolean {
  return false;
}
`;

const answerSource = (
  step: Step,
) => `// The reference answer of step ${step.number}, ${step.title}: replace it with the real one.
export function isDone(): boolean {
  return true;
}
`;

const testSource = (step: Step, bare: string) => `import { isDone } from '../src/${bare}';

// Replace this with the step's requirements, one test each: the starter fails them, the answer
// passes them, and each plausible wrong answer fails at least one.
describe('${step.title.replace(/'/g, "\\'")}', () => {
  it('is done', () => {
    expect(isDone()).toBe(true);
  });
});
`;

const docPage = (step: Step) => `# Step ${step.number} — ${step.title}

## What you will learn

- What this step teaches, in a line or two.

## The idea

Why it matters, with the smallest example that shows it.

## Your task

Open \`steps/${step.slug}/${step.learnerFiles[0]}\` and do what its TODO says.

## Check it

\`\`\`bash
npm run workshop -- test ${step.number}
\`\`\`

Done when every requirement passes:

\`\`\`text
Step ${step.number} is done: all 1 requirements pass.
\`\`\`

## Hints

<!-- generated:hints (from ${MANIFEST}; npm run dev -- docs) -->
<!-- /generated:hints -->

## Recap

- What the learner can do now.
`;

export function newStep(args: string[]): number {
  const [name, title = ''] = args;
  if (name === undefined)
    throw new UserError('Which step? For example: npm run dev -- new return-404 "Return a 404"');
  const created = scaffoldStep(name, title);
  const slug = created[0].split('/')[1];
  for (const file of created) console.log(`created ${file}`);
  console.log(
    [
      '',
      `Next, for steps/${slug}:`,
      '  1. Write its tests in test/ (one per requirement) and its starter (a TODO where the learner works).',
      `  2. Write the reference answer in answers/${slug} (exactly the learner files) and the page docs/${slug}.md.`,
      `  3. Write the hints in ${MANIFEST}; list under passesOnStarter any test the starter passes.`,
      `  4. Add the plausible wrong answers (answers/${slug}/wrong/<what-is-wrong>.patch): solve the step, make a mistake in place, then npm run dev -- new-wrong ${slug} <what-is-wrong>.`,
      '  5. npm run dev -- docs, then npm run dev -- check.',
    ].join('\n'),
  );
  return 0;
}
