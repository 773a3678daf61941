import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reservedIndicatorHint } from './resolved-config';

describe("the hint added to the YAML reader's message", () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'workshop-yaml-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const hintFor = (yaml: string, message: string) => {
    const file = path.join(folder, 'serverless.yml');
    writeFileSync(file, yaml);
    return reservedIndicatorHint(message, file);
  };

  it('says to quote a list item that starts with @', () => {
    expect(
      hintFor(
        'custom:\n  esbuild:\n    exclude:\n      - @aws-sdk/*\n',
        'bad indentation of a sequence entry in "serverless.yml" (4:9)',
      ),
    ).toBe(
      "Line 4: @ cannot start a plain YAML value (YAML reserves it): quote the value, as in '@aws-sdk/*'.",
    );
  });

  it('says so for a mapping value that starts with a backtick too', () => {
    expect(hintFor('a:\n  b: `x`\n', 'unexpected character (2:6)')).toMatch(
      /^Line 2: ` cannot start/,
    );
  });

  it('adds nothing for other mistakes, or a message without a position', () => {
    expect(hintFor('a:\n  - "@quoted"\n', 'something else (2:5)')).toBeUndefined();
    expect(hintFor('a: @x\n', 'no position here')).toBeUndefined();
  });
});
