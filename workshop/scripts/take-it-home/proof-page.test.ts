import { readFileSync } from 'node:fs';
import path from 'node:path';
import { predictAnswer } from 'api-gateway-answer';
import { apiGatewayMatchers } from 'api-gateway-answer/jest';
import { repoRoot } from '../../paths';
import {
  fillProofBlocks,
  NPM_LS_ARGS,
  portsAsPlaceholders,
  proofBlocks,
  proofPageProblems,
} from './proof-page';

const page = [
  '# Page',
  '',
  '<!-- proof: summary -->',
  '```text',
  'old line',
  '```',
  '',
  '```text',
  'not a proof block',
  '```',
  '',
].join('\n');

describe("the epilogue page's proof blocks", () => {
  it('are read by name, and only the marked ones', () => {
    expect(proofBlocks(page)).toEqual(new Map([['summary', 'old line']]));
  });

  it('agree with a run that printed the same, and say which block differs or is missing', () => {
    expect(proofPageProblems(page, new Map([['summary', 'old line']]))).toEqual([]);
    expect(proofPageProblems(page, new Map([['summary', 'new line']]))).toEqual([
      'its block "summary" differs from this run\'s output',
    ]);
    expect(
      proofPageProblems(
        page,
        new Map([
          ['summary', 'old line'],
          ['npm-ls', 'x'],
        ]),
      ),
    ).toEqual(['it has no block <!-- proof: npm-ls -->']);
    expect(proofPageProblems(page, new Map())).toEqual([
      'its block "summary" is output this proof does not print',
    ]);
  });

  it('are rewritten from a run, the rest of the page left as it is', () => {
    const filled = fillProofBlocks(page, new Map([['summary', 'new line\nand another']]));
    expect(filled).toBe(page.replace('old line', 'new line\nand another'));
    expect(proofBlocks(filled).get('summary')).toBe('new line\nand another');
  });

  it('are on docs/12-take-it-home.md: one per mistake, the summary and npm ls', () => {
    const shown = proofBlocks(
      readFileSync(path.join(repoRoot, 'docs', '12-take-it-home.md'), 'utf8'),
    );
    expect([...shown.keys()].sort()).toEqual([
      '1-plain-an-error-without-a-status-code',
      '2-middy-cors-only-on-success',
      '3-powertools-cors-twice-behind-a-function-url',
      'npm-ls',
      'serve',
      'summary',
    ]);
  });

  it('names the tarball the package packs into today, as npm pack calls it', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(repoRoot, 'packages', 'api-gateway-answer', 'package.json'), 'utf8'),
    ) as { name: string; version: string };
    const page = readFileSync(path.join(repoRoot, 'docs', '12-take-it-home.md'), 'utf8');
    const named = [...page.matchAll(/api-gateway-answer-(\d[^\s`]*)\.tgz/g)].map(
      ([, version]) => version,
    );
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(named)).toEqual(new Set([manifest.version]));
  });
});

describe("serve's output on the page", () => {
  it("shows each port as a placeholder of its own: the function URL is not on the APIs' port", () => {
    const output = [
      '  REST API     POST    http://localhost:36777/dev/middy/greet',
      '  HTTP API     POST    http://localhost:36777/plain/greet',
      '  Function URL ANY     http://localhost:44609/',
    ].join('\n');
    expect(portsAsPlaceholders(output)).toBe(
      [
        '  REST API     POST    http://localhost:<port>/dev/middy/greet',
        '  HTTP API     POST    http://localhost:<port>/plain/greet',
        '  Function URL ANY     http://localhost:<port 2>/',
      ].join('\n'),
    );
  });
});

// What a newcomer following docs/12-take-it-home.md in a service of their own ran into.
describe("the epilogue page's instructions", () => {
  const page = readFileSync(path.join(repoRoot, 'docs', '12-take-it-home.md'), 'utf8');
  const rootManifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };

  it("names the object body's evidence level where it says what the body does", () => {
    const sentence = page
      .replace(/\s+/g, ' ')
      .split(/(?<=[.:])\s/)
      .find((each) => /body that is not a string/.test(each));
    const objectBody = predictAnswer({ statusCode: 200, body: { a: 1 } }, { door: 'rest-proxy' });
    expect(sentence).toContain(objectBody.evidence);
  });

  it("quotes the matchers' warning for the object body word for word, as the package README does", () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const judged = apiGatewayMatchers.toBeAcceptedByApiGateway(
        { statusCode: 200, body: { ok: true } },
        { door: 'rest-proxy', status: 200 },
      );
      expect(judged.pass).toBe(true);
      const note = String(warn.mock.calls[0]?.[0]);
      expect(note).toMatch(/^AWS may answer 502 here — reported/);
      expect(page).toContain(note);
      const readme = readFileSync(
        path.join(repoRoot, 'packages', 'api-gateway-answer', 'README.md'),
        'utf8',
      );
      expect(readme).toContain(note);
    } finally {
      warn.mockRestore();
    }
  });

  it('asks for npm ls as the proof runs it, without the deprecated --prod', () => {
    expect(page).toContain(`npm ${NPM_LS_ARGS.join(' ')}`);
    expect(page).not.toMatch(/npm ls --prod/);
  });

  it("installs the workshop's own Serverless Framework v3, and assumes no folder name for the clone", () => {
    expect(page).toContain(
      `npm install --save-dev serverless@${rootManifest.devDependencies.serverless}`,
    );
    expect(page).not.toMatch(/\.\.\/lambda-http-errors-workshop/);
  });

  it('makes git apply work inside another git work tree (it skips the patch there, silently), and says how to check it applied', () => {
    const applies = page.indexOf('git apply');
    expect(applies).toBeGreaterThan(-1);
    expect(page.lastIndexOf('git init', applies)).toBeGreaterThan(-1);
    expect(page).toContain('Applied patch');
  });
});
