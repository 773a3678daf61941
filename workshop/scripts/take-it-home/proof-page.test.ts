import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../paths';
import { fillProofBlocks, proofBlocks, proofPageProblems } from './proof-page';

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
