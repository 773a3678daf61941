import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type IPty, spawn } from '@lydell/node-pty';
import { answerFolder, loadSteps, stepFolder } from '../curriculum/manifest';
import { declaredTests, requirementCount } from '../curriculum/requirement-count';
import { stepFilesHash } from './progress';
import { makeRepoCopy, type RepoCopy } from './testing/repo-copy';

// Watch mode as a learner meets it: `npm start` in a real terminal (a pseudo-terminal), on
// steps whose tests package the service (5) and also run it on a local API (8), with the
// saves real editors make. Build folders used to appear inside the watched step folder and
// crash the watcher; a save by rename used to go unnoticed for good.

const steps = loadSteps();
const step = (number: number) => steps[number - 1];

let copy: RepoCopy;
let terminal: IPty | undefined;
let screen = '';
let exitCode: number | undefined;

beforeEach(() => {
  copy = makeRepoCopy({ curriculum: 'real' });
  screen = '';
  exitCode = undefined;
});
afterEach(async () => {
  // Ctrl+C, as a learner stops it; it stops its local API before it exits.
  if (exitCode === undefined) terminal?.write('\u0003');
  await waitForExit().catch(() => terminal?.kill());
  terminal = undefined;
  copy.remove();
});

/** Puts the reference answer of each step in, and remembers them as done, as if the learner had solved them. */
function solved(numbers: number[]): void {
  const results: Record<string, { filesHash: string; passed: number; total: number }> = {};
  for (const number of numbers) {
    const done = step(number);
    for (const file of done.learnerFiles)
      writeFileSync(
        path.join(stepFolder(done, copy.root), file),
        readFileSync(path.join(answerFolder(done), file)),
      );
    results[done.slug] = { filesHash: stepFilesHash(done, copy.root), passed: 1, total: 1 };
  }
  mkdirSync(path.join(copy.root, '.workshop'), { recursive: true });
  writeFileSync(
    path.join(copy.root, '.workshop', 'progress.json'),
    JSON.stringify({ hintsShown: {}, results }),
  );
}

function startTerminal(...args: string[]): void {
  terminal = spawn(process.execPath, ['workshop/cli/launch.js', ...args], {
    cwd: copy.root,
    cols: 160,
    rows: 50,
    env: { ...process.env, NO_COLOR: '1' } as Record<string, string>,
  });
  terminal.onData((text) => (screen += text));
  terminal.onExit(({ exitCode: code }) => (exitCode = code));
}

/** Waits until the screen shows `pattern` `count` times in all. */
async function shown(pattern: RegExp, times = 1, timeoutMs = 90_000): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    if (count(pattern) >= times) return;
    if (exitCode !== undefined)
      throw new Error(`watch mode exited (code ${exitCode}). The screen:\n${screen.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${pattern} was not shown ${times} times within ${timeoutMs} ms. The screen:\n${screen.slice(-3000)}`,
  );
}

const count = (pattern: RegExp) => (screen.match(new RegExp(pattern.source, 'g')) ?? []).length;
const runs = (number: number) => new RegExp(`Watching step ${number} — `);
const failing = /✗ \d+ of \d+ requirements pass\./;

/** The saves editors make: in place (same file), or a new file renamed over the old one. */
const saves = {
  inPlace: (file: string, content: string | Buffer) => writeFileSync(file, content),
  byRename: (file: string, content: string | Buffer) => {
    writeFileSync(`${file}.tmp~`, content);
    renameSync(`${file}.tmp~`, file);
  },
  // vim's default: the original moves to a backup, a new file is written, the backup goes.
  byBackup: (file: string, content: string | Buffer) => {
    renameSync(file, `${file}~`);
    writeFileSync(file, content);
    rmSync(`${file}~`);
  },
};

/** Saves `file` of the step wrong in each way given (every way an editor saves, unless told), each time seeing a rerun that fails. */
async function saveWrong(
  number: number,
  file: string,
  wrong: (answer: string) => string,
  ways = [saves.inPlace, saves.byRename, saves.byBackup],
): Promise<void> {
  const target = path.join(stepFolder(step(number), copy.root), file);
  const answer = readFileSync(path.join(answerFolder(step(number)), file), 'utf8');
  const comment = file.endsWith('.ts') ? '//' : '#';
  for (const [index, save] of ways.entries()) {
    const [reruns, failures] = [count(runs(number)), count(failing)];
    // Each save differs from the last, as a learner's do.
    save(target, `${wrong(answer)}\n${comment} save ${index + 1}\n`);
    await shown(runs(number), reruns + 1);
    await shown(failing, failures + 1);
  }
}

/** Saves the answer of `file`, by rename, and sees the step done. */
async function saveAnswer(number: number, file: string): Promise<void> {
  saves.byRename(
    path.join(stepFolder(step(number), copy.root), file),
    readFileSync(path.join(answerFolder(step(number)), file)),
  );
  await shown(new RegExp(`Step ${number} is done`));
}

/** Nothing a test run built is inside the step folders. */
function buildOutputInSteps(): string[] {
  return steps.flatMap((each) =>
    readdirSync(stepFolder(each, copy.root))
      .filter((name) => ['.esbuild', '.serverless'].includes(name))
      .map((name) => `${each.slug}/${name}`),
  );
}

describe('npm start in a terminal, watching a step', () => {
  it('step 5 (packages): reruns on every save, in place or by rename, and moves on when it passes', async () => {
    solved([1, 2, 3, 4]);
    startTerminal('start');
    await shown(runs(5));
    await shown(failing);
    // A serverless.yml the tests can package, but wrong: no minify.
    await saveWrong(5, 'serverless.yml', (answer) =>
      answer.replace(/minify: true/, 'minify: false'),
    );
    await saveAnswer(5, 'serverless.yml');
    await shown(runs(6));
    expect(buildOutputInSteps()).toEqual([]);
    terminal?.write('q');
    await waitForExit();
    expect(exitCode).toBe(0);
  }, 300_000);

  it('step 8 (packages, and answers over HTTP in the tests): reruns on a save by backup and exits on q', async () => {
    solved([1, 2, 3, 4, 5, 6, 7]);
    // Half done: only src/with-cors.ts is left, and it is the file the saves below change.
    for (const file of ['serverless.yml', 'src/handler.ts'])
      writeFileSync(
        path.join(stepFolder(step(8), copy.root), file),
        readFileSync(path.join(answerFolder(step(8)), file)),
      );
    startTerminal('start');
    await shown(runs(8));
    await shown(failing);
    // A save by backup (vim's) of a file under src/: the other two ways of saving a file there
    // are proven on step 8 and step 7 below, and every way on step 5's serverless.yml above.
    await saveWrong(
      8,
      'src/with-cors.ts',
      (answer) => answer.replace(/Vary: 'Origin'/, "Vary: 'Accept'"),
      [saves.byBackup],
    );
    await saveAnswer(8, 'src/with-cors.ts');
    expect(buildOutputInSteps()).toEqual([]);
    terminal?.write('q');
    await waitForExit();
    expect(exitCode).toBe(0);
  }, 300_000);

  it('steps 7 and 8: a save to a file the learner does not edit (src/parse-body.ts) reruns the step', async () => {
    solved([1, 2, 3, 4, 5, 6]);
    for (const number of [7, 8])
      for (const file of step(number).learnerFiles)
        writeFileSync(
          path.join(stepFolder(step(number), copy.root), file),
          readFileSync(path.join(answerFolder(step(number)), file)),
        );
    const parseBody = (number: number) =>
      path.join(stepFolder(step(number), copy.root), 'src', 'parse-body.ts');
    const original = readFileSync(parseBody(7), 'utf8');

    // Step 7, named, stays watched once done. Cut off mid-file, its test file cannot load:
    // every requirement is counted, as not run.
    startTerminal('watch', '7');
    await shown(/Step 7 is done/);
    saves.byRename(parseBody(7), original.slice(0, original.length / 2));
    // The step's true count, as its test files declare it (not "0 of 1").
    const total = requirementCount(stepFolder(step(7)));
    await shown(new RegExp(`✗ 0 of ${total} requirements pass\\.`));
    await shown(
      new RegExp(
        `test/error-mapping\\.test\\.ts could not load: its ${declaredIn(7, 'error-mapping.test.ts')} requirements did not run`,
      ),
    );
    await shown(/ERROR: .*end of file/);
    saves.inPlace(parseBody(7), original);
    await shown(/Step 7 is done/, 2);
    terminal?.write('q');
    await waitForExit();

    // Step 8, which also packages and runs a local API: a save reruns it.
    exitCode = undefined;
    startTerminal('watch', '8');
    await shown(/Step 8 is done/);
    const before = count(/Running the tests of step 8…/);
    saves.inPlace(parseBody(8), `${readFileSync(parseBody(8), 'utf8')}\n// saved\n`);
    await shown(/Running the tests of step 8…/, before + 1);
    await shown(/Step 8 is done/, 2);
    terminal?.write('q');
    await waitForExit();
    expect(exitCode).toBe(0);
  }, 300_000);
});

describe('npm start in a terminal, when a learner file is missing or the learner stops it', () => {
  it('waits for a learner file renamed before watch starts, and runs the tests once it is back', async () => {
    solved([1, 2, 3, 4, 5, 6]);
    const file = path.join(stepFolder(step(7), copy.root), 'src', 'with-error-mapping.ts');
    const aside = path.join(path.dirname(file), 'with-error-map.ts');
    renameSync(file, aside);
    const waiting =
      /Waiting for src\/with-error-mapping\.ts in steps\/07-one-error-mapping \(renamed\? the step expects that name\)/;
    startTerminal('watch', '7');
    await shown(waiting);
    expect(count(/Running the tests of step 7…/)).toBe(0);
    // Renamed back, as a file manager or `git mv` does.
    renameSync(aside, file);
    await shown(/Running the tests of step 7…/);
    await shown(failing);
    // Gone during the watch (deleted), then saved again in place.
    const content = readFileSync(file);
    rmSync(file);
    await shown(waiting, 2);
    saves.inPlace(file, content);
    await shown(failing, 2);
    terminal?.write('q');
    await waitForExit();
    expect(exitCode).toBe(0);
  }, 300_000);

  it('Ctrl+C during a run stops it, says so and exits 130', async () => {
    solved([1, 2, 3, 4, 5, 6, 7]);
    startTerminal('watch', '8');
    await shown(/Running the tests of step 8…/);
    terminal?.write('\u0003');
    await waitForExit();
    expect(exitCode).toBe(130);
    expect(screen).toContain('Stopped: the tests of step 8 did not finish.');
    expect(count(failing)).toBe(0);
  }, 300_000);
});

async function waitForExit(timeoutMs = 30_000): Promise<void> {
  for (let waited = 0; exitCode === undefined && waited < timeoutMs; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (exitCode === undefined)
    throw new Error(`watch mode did not exit after q. The screen:\n${screen.slice(-2000)}`);
}

/** The tests a step's test file declares, as the CLI counts them. */
function declaredIn(number: number, file: string): number | undefined {
  const folder = stepFolder(step(number));
  return declaredTests(folder).get(path.join(folder, 'test', file));
}
