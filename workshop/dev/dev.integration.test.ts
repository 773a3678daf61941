import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { testCopies } from '../cli/testing/test-copies';
import { loadSteps } from '../curriculum/manifest';

// The maintainers' commands, run as `npm run dev -- …` would, in a throw-away copy of the
// repository: they write to the steps, the answers, the docs and the manifest.

const { copy, shareOneCopy } = testCopies({ curriculum: 'real', seedTemplates: true });

const file = (...parts: string[]) => path.join(copy().root, ...parts);
const run = (command: string, ...args: string[]) => {
  const result = spawnSync(
    process.execPath,
    [file('node_modules', 'tsx', 'dist', 'cli.mjs'), ...[command, ...args]],
    { cwd: copy().root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const dev = (...args: string[]) => run('workshop/dev/main.ts', ...args);
/** What verify's structure checks say about the copy, without running any step's tests. */
const structureProblems = () => {
  writeFileSync(
    file('structure.ts'),
    [
      "import { loadSteps } from './workshop/curriculum/manifest';",
      "import { stepStructureProblems, workshopStructureProblems } from './workshop/verify/check-structure';",
      'const steps = loadSteps();',
      'console.log(JSON.stringify([...workshopStructureProblems(steps), ...steps.flatMap(stepStructureProblems)]));',
    ].join('\n'),
  );
  return JSON.parse(run('structure.ts').out) as string[];
};

describe('npm run dev -- sync', () => {
  it("copies a change to a step's answer into every later copy, once, and says which", () => {
    const answer = file('answers', '02-read-the-request', 'src', 'parse-body.ts');
    appendFileSync(answer, '// a fix\n');
    expect(structureProblems()).toContain(
      "steps/03-return-400/src/parse-body.ts differs from step 2's, as solved: a step starts where the previous one ends (npm run dev -- sync copies it).",
    );

    const first = dev('sync');
    expect(first.code).toBe(0);
    expect(first.out).toContain(
      'copied answers/02-read-the-request/src/parse-body.ts → steps/03-return-400/src/parse-body.ts',
    );
    for (const step of ['03-return-400', '04-run-it-locally', '05-package-and-deploy'])
      expect(readFileSync(file('steps', step, 'src', 'parse-body.ts'))).toEqual(
        readFileSync(answer),
      );
    expect(first.out).not.toContain('kept in');
    expect(structureProblems()).toEqual([]);

    const second = dev('sync');
    expect(second.out.trim()).toBe('sync: every copy already matches what it copies.');
  }, 60_000);

  it('keeps a copy with edits git does not have before it overwrites it, and says where', () => {
    const copyInSolution = file('solution', 'src', 'problem-response.ts');
    const edited = `${readFileSync(copyInSolution, 'utf8')}// someone's work\n`;
    writeFileSync(copyInSolution, edited);
    const { out } = dev('sync');
    const backup = out.match(
      /solution\/src\/problem-response\.ts had changes .*: kept in (\S+)/,
    )?.[1];
    expect(backup).toMatch(
      /^\.workshop[/\\]backups[/\\].+-sync[/\\]solution[/\\]src[/\\]problem-response\.ts$/,
    );
    expect(readFileSync(file(backup as string), 'utf8')).toBe(edited);
    expect(readFileSync(copyInSolution, 'utf8')).not.toBe(edited);
  }, 60_000);
});

describe('npm run dev -- new', () => {
  it('scaffolds a step that every structure check accepts, whose starter fails and answer passes', () => {
    const steps = loadSteps();
    const next = steps.length + 1;
    const slug = `${String(next).padStart(2, '0')}-return-404`;
    const { code, out } = dev('new', 'return-404', 'Return a 404');
    expect(code).toBe(0);
    for (const created of [
      `steps/${slug}/src/return-404.ts`,
      `steps/${slug}/test/return-404.test.ts`,
      `steps/${slug}/serverless.yml`,
      `answers/${slug}/src/return-404.ts`,
      `docs/${slug}.md`,
    ]) {
      expect(out).toContain(`created ${created}`);
      expect(existsSync(file(created))).toBe(true);
    }
    expect(out).toContain('npm run dev -- check');
    const added = loadSteps(file('steps', 'manifest.yml')).at(-1);
    expect(added).toMatchObject({ number: next, slug, title: 'Return a 404' });
    expect(structureProblems()).toEqual([]);
    const lint = spawnSync(
      process.execPath,
      [
        file('node_modules', 'markdownlint-cli', 'markdownlint.js'),
        '--config',
        '.markdownlint.jsonc',
        `docs/${slug}.md`,
      ],
      { cwd: copy().root, encoding: 'utf8' },
    );
    expect(lint.stderr).toBe('');

    expect(copy().cli('test', String(next)).out).toContain(
      `Step ${next}: 0 of 1 requirements pass.`,
    );
    expect(copy().cli('solve', String(next), '--yes').code).toBe(0);
    expect(copy().cli('test', String(next)).code).toBe(0);
  }, 90_000);
});

describe('npm run dev -- new-wrong', () => {
  it("makes a wrong answer of a step's edited files, as a patch on the answer that verify applies", () => {
    const patch = file('answers', '03-return-400', 'wrong', 'the-status-of-success.patch');
    const fails = 'the Lambda-proxy result of POST /throw answers 400 Bad Request';
    const args = [
      'new-wrong',
      '3',
      'the-status-of-success',
      '--mistake',
      'a 200',
      '--fails',
      fails,
    ];
    expect(dev(...args).err).toContain(
      'steps/03-return-400 holds the starter, not edited: lay the answer first (npm run workshop -- solve 3 --yes)',
    );
    expect(copy().cli('solve', '3', '--yes').code).toBe(0);
    expect(dev(...args).err).toContain(
      'steps/03-return-400 holds the answer, with no mistake in it',
    );

    const handler = file('steps', '03-return-400', 'src', 'handler.ts');
    writeFileSync(
      handler,
      readFileSync(handler, 'utf8').replace('statusCode: 400', 'statusCode: 200'),
    );
    // No terminal to ask at: what it needs is said, and nothing is written.
    const unasked = dev('new-wrong', '3', 'the-status-of-success');
    expect(unasked.code).toBe(1);
    expect(unasked.err.trim()).toBe(
      'Say what the mistake is and which test it fails: --mistake "…" --fails "<the test\'s full name>" (and --message "<what its failure must say>", if you like).',
    );
    expect(existsSync(patch)).toBe(false);

    const made = dev(...args, '--message', 'Expected: 400');
    expect(made.code).toBe(0);
    expect(made.out).toContain('wrote answers/03-return-400/wrong/the-status-of-success.patch');
    expect(made.out).toContain('Check it: npm run dev -- check 3');
    const text = readFileSync(patch, 'utf8');
    const header = `Mistake: a 200\nFails: ${fails}\nMessage: Expected: 400\n\n`;
    expect(text.slice(0, header.length)).toBe(header);
    expect(text).toContain('\n\ndiff --git a/src/handler.ts b/src/handler.ts\n');
    expect(text).toContain('\n-    statusCode: 400,\n+    statusCode: 200,\n');

    // As verify reads and applies it: to the step solved, it makes the mistake.
    writeFileSync(
      file('apply.ts'),
      [
        "import { readFileSync } from 'node:fs';",
        "import path from 'node:path';",
        "import { loadSteps } from './workshop/curriculum/manifest';",
        "import { copySolvedStep } from './workshop/solved-step';",
        "import { applyPatch, wrongPatches } from './workshop/verify/wrong-patches';",
        'const step = loadSteps()[2];',
        "const patch = wrongPatches(step).find((each) => !(each instanceof Error) && each.name === 'a 200');",
        "if (patch === undefined || patch instanceof Error) throw new Error('not read');",
        "const solved = path.resolve('solved');",
        'copySolvedStep(step.slug, solved);',
        'const problem = applyPatch(patch, solved);',
        "console.log(JSON.stringify({ problem, failures: patch.failures, handler: readFileSync(path.join(solved, 'src', 'handler.ts'), 'utf8') }));",
      ].join('\n'),
    );
    const applied = JSON.parse(run('apply.ts').out);
    expect(applied.problem).toBeUndefined();
    expect(applied.failures).toEqual({ [fails]: 'Expected: 400' });
    expect(applied.handler).toBe(readFileSync(handler, 'utf8'));

    expect(dev(...args).err.trim()).toBe(
      'answers/03-return-400/wrong/the-status-of-success.patch already exists: pick another name, or delete it first.',
    );
  }, 90_000);
});

// Every refusal and its words: command-mistakes.test.ts, in the test's process. Here, one of
// each command in a real process: one line on stderr, exit 1, and the copy left unchanged.
describe('npm run dev -- new and new-wrong, on a mistake', () => {
  shareOneCopy();

  it.each([
    [
      ['new', 'Not A Slug', 'T'],
      '"Not A Slug" is not a slug: lower-case letters, digits and dashes, like "return-404".',
    ],
    [
      ['new-wrong', '3', 'the-wrong-status-code'],
      'answers/03-return-400/wrong/the-wrong-status-code.patch already exists: pick another name, or delete it first.',
    ],
  ])('%j refuses in one line', (args, message) => {
    const { code, err } = dev(...args);
    expect(code).toBe(1);
    expect(err.trim()).toBe(message);
  });
});
