import { once } from 'node:events';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { loadSteps } from '../curriculum/manifest';
import { freePort, isPortInUse } from '../serverless/free-port';
import { exited, fixtureWorkshop, makeRepoCopy, waitForOutput } from './testing/repo-copy';
import { testCopies } from './testing/test-copies';

// Every test drives the real CLI in a throw-away copy of the repository, as a learner would:
// on the fixture workshop (testing/fixture-workshop: two small steps), so that a change to
// the real steps cannot break them, but for one smoke test on the real curriculum. Each test
// has a fresh copy, but for those that only read (messages, help), which share one.

// The copies start with the checkout's compiled templates: serving is tested here, not the compile.
const { copy, shareOneCopy } = testCopies({ seedTemplates: true });

const file = (...parts: string[]) => path.join(copy().root, ...parts);
const stepCount = loadSteps(path.join(fixtureWorkshop, 'steps', 'manifest.yml')).length;
const read = (...parts: string[]) => readFileSync(file(...parts));

describe('npm start without a terminal', () => {
  it('prints the progress, the current step and what to do, then exits 0', () => {
    const { code, out } = copy().cli('start');
    expect(code).toBe(0);
    expect(out).toMatch(/✗ {2}1\. Greet by name +1\/3 {2}← you are here/);
    expect(out).toMatch(/· {2}2\. Shout the greeting +not checked yet/);
    expect(out).toContain('Read:   docs/01-greet.md');
    expect(out).toContain('Edit:   steps/01-greet/src/greet.ts');
    expect(out).toContain('Check:  npm run workshop -- test 1');
  }, 60_000);

  it('on the real curriculum: every step, the first one current, with its starter score', () => {
    const real = makeRepoCopy({ curriculum: 'real', seedTemplates: true });
    try {
      const steps = loadSteps();
      const { code, out } = real.cli('start');
      expect(code).toBe(0);
      for (const step of steps) expect(out).toContain(`${step.number}. ${step.title}`);
      expect(out).toMatch(/1\. .+ \d+\/\d+ {2}← you are here/);
      expect(out).toContain(`Read:   ${steps[0].doc}`);
    } finally {
      real.remove();
    }
  }, 60_000);
});

describe('test', () => {
  it('on the untouched starter: lists each requirement, says what to read, exits 1', () => {
    const { code, out } = copy().cli('test', '1');
    expect(code).toBe(1);
    expect(out).toContain('✗ greet greets by name');
    expect(out).toContain('✓ greet returns a string');
    expect(out).toContain('Step 1: 1 of 3 requirements pass.');
    expect(out).toContain('npm run workshop -- hint 1');
  }, 60_000);

  it("on a file cut off mid-line: the compiler's error, and the step's true count, none run", () => {
    writeFileSync(file('steps', '01-greet', 'src', 'greet.ts'), 'export function greet(name: st');
    const { code, out, err } = copy().cli('test', '1');
    expect(code).toBe(1);
    // jest's own report, on stderr.
    expect(err).toMatch(/greet\.ts:1:\d+: ERROR/);
    expect(out).toContain('test/greet.test.ts could not load: its 3 requirements did not run');
    expect(out).toContain('Step 1: 0 of 3 requirements pass.');
    // list shows the same count.
    expect(copy().cli('list').out).toMatch(/Greet .*0\/3/);
  }, 60_000);
});

describe('mistakes get one line that says what to do, exit 1, no stack trace', () => {
  shareOneCopy();
  it.each([
    [
      ['test', '99'],
      `There is no step "99". Steps are 1 to ${stepCount}; see: npm run workshop -- list`,
    ],
    [['test'], 'Which step? For example: npm run workshop -- test 1'],
    [
      ['reset', 'nope', '--yes'],
      `There is no step "nope". Steps are 1 to ${stepCount}; see: npm run workshop -- list`,
    ],
    [['fly'], 'Unknown command "fly". Run: npm run workshop -- --help'],
    [
      ['serve', '2', '--offline'],
      'steps/02-shout/serverless.yml does not use serverless-offline yet.',
    ],
    // Arguments a command would otherwise ignore: a misspelt --port meant port 3000, silently.
    [
      ['serve', '4', '--prot', '4000'],
      'Unknown option --prot. Usage: npm run workshop -- serve [step|solution] [--port 3000] [--page-port 5173] [--offline] [--dir <path>]',
    ],
    [['test', '3', '4'], 'Unexpected argument "4". Usage: npm run workshop -- test <step>'],
    [
      ['solve', '1', '--yes', '--force'],
      'Unknown option --force. Usage: npm run workshop -- solve <step> [--yes]',
    ],
  ])('%j', (args, message) => {
    const { code, err } = copy().cli(...args);
    expect(code).toBe(1);
    expect(err.trim()).toBe(message);
  });
});

describe('--help', () => {
  shareOneCopy();
  const commands = [
    'start',
    'watch',
    'test',
    'list',
    'hint',
    'diff',
    'reset',
    'solve',
    'serve',
    'doctor',
  ];

  it("lists every command, and only the learner's", () => {
    const { code, out } = copy().cli('--help');
    expect(code).toBe(0);
    for (const command of commands) expect(out).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(out).not.toMatch(/^ {2}verify\b/m);
    expect(copy().cli('verify').err.trim()).toBe(
      'Unknown command "verify". Run: npm run workshop -- --help',
    );
  });

  it.each(commands)('%s --help explains the command', (command) => {
    const { code, out } = copy().cli(command, '--help');
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^Usage: npm run workshop -- ${command}\\b`));
  });
});

describe('solve and reset', () => {
  it('test exits 1 on the starter; after solve, test exits 0', () => {
    expect(copy().cli('test', '2').code).toBe(1);
    const solved = copy().cli('solve', '2', '--yes');
    expect(solved.code).toBe(0);
    for (const learnerFile of ['shout.ts', 'loud-greeting.ts'])
      expect(read('steps', '02-shout', 'src', learnerFile)).toEqual(
        read('answers', '02-shout', 'src', learnerFile),
      );
    const tested = copy().cli('test', '2');
    expect(tested.code).toBe(0);
    expect(tested.out).toContain('Step 2 is done: all 2 requirements pass.');
  }, 60_000);

  it('reset restores the starter, after a backup that holds the edit byte for byte', () => {
    const shout = file('steps', '02-shout', 'src', 'shout.ts');
    const starter = readFileSync(shout);
    const edit = Buffer.from('// my work in progress — ünïcödé\r\nexport const x = 1;\n');
    writeFileSync(shout, edit);

    const { code, out } = copy().cli('reset', '2', '--yes');
    expect(code).toBe(0);
    expect(readFileSync(shout)).toEqual(starter);
    const backup = out.match(/backed up to (\S+)/)?.[1] as string;
    expect(backup).toMatch(/^\.workshop[/\\]backups[/\\].+-reset-02-shout$/);
    expect(readFileSync(file(backup, 'src', 'shout.ts'))).toEqual(edit);
    expect(existsSync(file(backup, 'src', 'loud-greeting.ts'))).toBe(true);
  });

  it.each([['reset'], ['solve']])(
    '%s refuses without --yes when there is no terminal, and changes nothing',
    (command) => {
      const handler = file('steps', '02-shout', 'src', 'shout.ts');
      writeFileSync(handler, 'my work');
      const { code, err } = copy().cli(command, '2');
      expect(code).toBe(1);
      expect(err.trim()).toBe(
        `${command} overwrites your files, and there is no terminal to confirm it. Add --yes to go ahead (a backup is made first).`,
      );
      expect(readFileSync(handler, 'utf8')).toBe('my work');
      expect(existsSync(file('.workshop', 'backups'))).toBe(false);
    },
  );

  it('test names a deleted learner file, that the step expects that name, and reset last', () => {
    const handler = file('steps', '02-shout', 'src', 'shout.ts');
    rmSync(handler);
    const { code, err } = copy().cli('test', '2');
    expect(code).toBe(1);
    expect(err.trim()).toBe(
      'steps/02-shout/src/shout.ts is missing (renamed? the step expects that name: rename it back). If it is gone for good: npm run workshop -- reset 2 puts the starter back in every file of the step, after a backup of yours.',
    );
    expect(copy().cli('reset', '2', '--yes').code).toBe(0);
    expect(existsSync(handler)).toBe(true);
  });
});

describe('hint and the progress file', () => {
  it('reveals one more hint per call, remembers it, and stops at the last', () => {
    expect(copy().cli('hint', '2').out).toContain('hint 1 of 3');
    const second = copy().cli('hint', '2').out;
    expect(second).toContain('hint 2 of 3');
    expect(second).toContain('1. Strings have a method for capitals.');
    expect(copy().cli('hint', '2').out).toContain('hint 3 of 3');
    const after = copy().cli('hint', '2').out;
    expect(after).toContain('hint 3 of 3');
    expect(after).toContain('npm run workshop -- diff 2');
  });

  it('recovers from a corrupted progress file', () => {
    mkdirSync(file('.workshop'), { recursive: true });
    writeFileSync(
      file('.workshop', 'progress.json'),
      '{"hintsShown": {"02-shout": "lots"}, "results": [',
    );
    const { code, out } = copy().cli('hint', '2');
    expect(code).toBe(0);
    expect(out).toContain('hint 1 of 3');
    expect(JSON.parse(readFileSync(file('.workshop', 'progress.json'), 'utf8')).hintsShown).toEqual(
      { '02-shout': 1 },
    );
  });
});

describe('diff', () => {
  it('warns that it shows the answer, then shows what differs; nothing once solved', () => {
    const before = copy().cli('diff', '2').out;
    expect(before).toMatch(/^This shows the reference answer of step 2/);
    expect(before).toContain('+++ answers/02-shout/src/shout.ts (reference)');
    expect(before).toContain('-  return text;');
    expect(before).toContain('+  return text.toUpperCase();');
    copy().cli('solve', '2', '--yes');
    expect(copy().cli('diff', '2').out).toContain(
      'steps/02-shout/src/shout.ts: the same as the reference answer.',
    );
  });
});

describe('watch', () => {
  it('reruns the tests when a learner file is saved', async () => {
    const watcher = copy().spawnCli('watch', '2');
    try {
      // Wait for a run's whole report, which ends with "Save a file to check again": the
      // lines of one run can reach the pipe in more than one chunk.
      await waitForOutput(watcher, /0 of 2 requirements pass[\s\S]*Save a file to check again/);
      const rerun = waitForOutput(
        watcher,
        /1 of 2 requirements pass[\s\S]*Save a file to check again/,
      );
      writeFileSync(
        file('steps', '02-shout', 'src', 'shout.ts'),
        read('answers', '02-shout', 'src', 'shout.ts'),
      );
      const output = (await rerun).split('1 of 2 requirements pass')[1];
      expect(output).toContain('Next: loudGreeting › shouts the greeting');
      expect(output).toContain('npm run workshop -- hint 2');
    } finally {
      watcher.kill('SIGTERM');
      await exited(watcher);
    }
  }, 90_000);
});

describe('serve', () => {
  it('answers a real HTTP request, and stops cleanly on Ctrl+C, even pressed twice', async () => {
    const port = await freePort();
    const server = copy().spawnCli('serve', 'solution', '--port', String(port));
    try {
      const banner = await waitForOutput(server, /Ctrl\+C stops/);
      // Every route of the service, the Lambda-integration one included, with a line to try it.
      expect(banner).toContain(`POST http://localhost:${port}/dev/throw  (REST API)\n`);
      expect(banner).toContain(
        `curl -i -X POST http://localhost:${port}/dev/throw-lambda -H 'Content-Type: application/json' --data '{"blah": "blah1"}'`,
      );
      // The HTTP API route, at the server's root (no stage), with its own try line.
      expect(banner).toContain(
        `curl -i -X POST http://localhost:${port}/v2/throw -H 'Content-Type: application/json' --data '{"blah": "blah1"}'`,
      );
      const response = await fetch(`http://localhost:${port}/dev/throw`, {
        method: 'POST',
        body: '{"blah": "blah1"}',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(response.status).toBe(400);
    } finally {
      server.kill('SIGINT');
      // The second press arrives while the server is being stopped (two sent at once merge into one).
      await new Promise((resolve) => setTimeout(resolve, 10));
      server.kill('SIGINT');
    }
    expect(await exited(server)).toBe(0);
    expect(await isPortInUse(port)).toBe(false);
  }, 90_000);

  it('runs twice side by side, on two ports, as the README suggests when 3000 is taken', async () => {
    const ports = [await freePort(), await freePort()];
    const servers = ports.map((port) =>
      copy().spawnCli('serve', 'solution', '--port', String(port)),
    );
    try {
      await Promise.all(servers.map((server) => waitForOutput(server, /Ctrl\+C stops/)));
      for (const port of ports) {
        const response = await fetch(`http://localhost:${port}/dev/throw`, {
          method: 'POST',
          body: '{}',
          headers: { 'Content-Type': 'application/json' },
        });
        expect(response.status).toBe(400);
      }
    } finally {
      for (const server of servers) server.kill('SIGINT');
    }
    expect(await Promise.all(servers.map(exited))).toEqual([0, 0]);
  }, 90_000);

  it("a step follows the learner's saves: the next request runs the saved code", async () => {
    // Step 10's starter answers an error as { headers, body } without statusCode: a 200.
    const real = makeRepoCopy({ curriculum: 'real', seedTemplates: true });
    const step = path.join(real.root, 'steps', '10-http-api');
    const answer = path.join(real.root, 'answers', '10-http-api');
    // As editors save: a temporary file, renamed over the original.
    const saveByRename = (file: string) => {
      writeFileSync(path.join(step, `${file}.tmp`), readFileSync(path.join(answer, file)));
      renameSync(path.join(step, `${file}.tmp`), path.join(step, file));
    };
    const port = await freePort();
    const post = (origin?: string) =>
      fetch(`http://localhost:${port}/throw`, {
        method: 'POST',
        body: '{"blah": "blah1"}',
        headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
      });
    const server = real.spawnCli('serve', '10', '--port', String(port));
    try {
      const banner = await waitForOutput(server, /Ctrl\+C stops/);
      expect(banner).toContain('A save is rebuilt: a line says when it runs.');
      expect((await post()).status).toBe(200);

      const rebuilt = waitForOutput(server, /Rebuilt with your saved files/, 30_000);
      saveByRename('src/with-http-api-errors.ts');
      await rebuilt;
      const response = await post();
      expect(`${response.status} ${await response.text()}`).toMatch(/^400 .*"title":"Bad Request"/);

      // A save of serverless.yml is picked up too: the routes and CORS come from it.
      const reread = waitForOutput(server, /Rebuilt with your saved files/, 30_000);
      saveByRename('serverless.yml');
      await reread;
      const fromBrowser = await post('http://localhost:5173');
      expect(fromBrowser.status).toBe(400);
      expect(fromBrowser.headers.get('access-control-expose-headers')).toMatch(/X-Request-Id/);
    } finally {
      server.kill('SIGINT');
      await exited(server);
      real.remove();
    }
    expect(await isPortInUse(port)).toBe(false);
  }, 150_000);

  it('says so in one line when the port is taken, and exits 1', async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await once(blocker, 'listening');
    try {
      const server = copy().spawnCli('serve', 'solution', '--port', String(port));
      const output = await waitForOutput(server, /in use/, 30_000);
      expect(await exited(server)).toBe(1);
      expect(output.trim()).toBe(
        `Port ${port} is in use: stop what runs there, or pick another port with --port <number>.`,
      );
    } finally {
      blocker.close();
    }
  }, 60_000);
});

describe('doctor', () => {
  it('reports a missing dependency and says to run npm ci', () => {
    const broken = makeRepoCopy({ without: ['serverless-offline'] });
    try {
      const { code, out } = broken.cli('doctor');
      expect(code).toBe(1);
      expect(out).toContain('✗ serverless-offline is not installed\n    → npm ci');
      expect(out).toMatch(/✓ Node\.js v\d+/);
      expect(out).toMatch(/1 problem to fix|problems to fix/);
    } finally {
      broken.remove();
    }
  }, 60_000);

  it('passes on a complete install', () => {
    const { out } = copy().cli('doctor');
    expect(out).toMatch(/✓ all \d+ dependencies installed, as package-lock\.json records them/);
    expect(out).toMatch(
      /✓ the Serverless Framework \(osls 3\.\d+\.\d+\) runs without a network or a login/,
    );
  }, 60_000);
});

describe('the launcher', () => {
  it('rebuilds the CLI when a source file changes, so nobody runs stale code', () => {
    expect(copy().cli('list').code).toBe(0);
    const source = file('workshop', 'cli', 'commands', 'list-steps.ts');
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace(
        'return 0;',
        "console.log('rebuilt-marker');\n  return 0;",
      ),
    );
    expect(copy().cli('list').out).toContain('rebuilt-marker');
  });

  it('says to install first when the dependencies are missing', () => {
    const bare = makeRepoCopy({ without: ['esbuild'] });
    try {
      const { code, err } = bare.cli('list');
      expect(code).toBe(1);
      expect(err.trim()).toBe('The workshop is not installed yet: run npm ci, then npm start.');
    } finally {
      bare.remove();
    }
  });
});

describe('the backups folder', () => {
  it('keeps one folder per overwrite, never reusing one', () => {
    copy().cli('solve', '2', '--yes');
    copy().cli('reset', '2', '--yes');
    expect(readdirSync(file('.workshop', 'backups'))).toHaveLength(2);
  });
});
