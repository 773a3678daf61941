// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${…} here is serverless.yml's variable syntax.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Step } from '../curriculum/manifest';
import { applyPatch, readPatch } from './wrong-patches';

const step = { slug: '01-scaffold' } as Step;
const diff = [
  'diff --git a/serverless.yml b/serverless.yml',
  '--- a/serverless.yml',
  '+++ b/serverless.yml',
  '@@ -1,2 +1,2 @@',
  ' provider:',
  '-  region: ${env:AWS_REGION}',
  '+  region: us-east-2',
  '',
].join('\n');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'wrong-patch-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function patchFile(header: string): string {
  const file = path.join(folder, 'a-hard-coded-region.patch');
  writeFileSync(file, `${header}\n\n${diff}`);
  return file;
}

describe('a wrong answer kept as a patch', () => {
  it('reads its Mistake, and each Fails line with the Message that follows it', () => {
    const patch = readPatch(
      step,
      patchFile(
        [
          'Mistake: a hard-coded region',
          'Free text is left alone.',
          'Fails: takes the region from AWS_REGION',
          'Message: Expected "eu-west-1"',
          'Fails: uses us-east-2 when AWS_REGION is not set',
        ].join('\n'),
      ),
    );
    expect(patch).toMatchObject({
      name: 'a hard-coded region',
      failures: {
        'takes the region from AWS_REGION': 'Expected "eu-west-1"',
        'uses us-east-2 when AWS_REGION is not set': '',
      },
    });
  });

  it('is an error without a diff', () => {
    const file = path.join(folder, 'empty.patch');
    writeFileSync(file, 'Mistake: nothing\n');
    expect(readPatch(step, file)).toBeInstanceOf(Error);
  });

  it('applies to a copy of the answer, and says which patch no longer applies and how to remake it', () => {
    const patch = readPatch(step, patchFile('Mistake: a hard-coded region'));
    if (patch instanceof Error) throw patch;
    const copy = path.join(folder, 'copy');
    const yml = path.join(copy, 'serverless.yml');
    mkdirSync(copy);
    writeFileSync(yml, 'provider:\n  region: ${env:AWS_REGION}\n');
    expect(applyPatch(patch, copy)).toBeUndefined();
    expect(readFileSync(yml, 'utf8')).toBe('provider:\n  region: us-east-2\n');

    writeFileSync(yml, 'provider:\n  region: eu-west-1\n');
    const problem = applyPatch(patch, copy);
    expect(problem).toContain('a-hard-coded-region.patch no longer applies');
    expect(problem).toContain('Remake it');
  });
});
