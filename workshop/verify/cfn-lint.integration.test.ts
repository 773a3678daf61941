import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { answerFolder, loadSteps, type Step, stepFolder } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { packageService } from '../serverless/package-service';
import { copySolvedStep } from '../solved-step';
import { cfnLint, cfnLintVersion, IGNORED_RULES } from './cfn-lint';

// The CloudFormation a learner deploys must be valid: the solution's, and each step's answer
// that has a serverless.yml. CI's machine has cfn-lint; elsewhere this says so and skips.

const TEMPLATE = 'cloudformation-template-update-stack.json';
const version = cfnLintVersion();
if (version === undefined)
  process.stdout.write(
    'cfn-lint is not installed: the packaged CloudFormation templates are not linted here (CI lints them; pip install cfn-lint).\n',
  );
const lintIt = version === undefined ? it.skip : it;

const workspace = path.join(repoRoot, '.workshop', 'cfn-lint', `${Date.now()}-${process.pid}`);

/** The step solved: its folder as on the disk (as answerConfig reads it), the answer's files over it. */
function answerCopy(step: Step): string {
  const copy = path.join(workspace, step.slug);
  copySolvedStep(step.slug, copy, { stepFiles: 'disk' });
  return copy;
}

/** The answer's serverless.yml: its own, or the step's it carries. */
function answerConfig(step: Step): string {
  const own = path.join(answerFolder(step), 'serverless.yml');
  return readFileSync(
    existsSync(own) ? own : path.join(stepFolder(step), 'serverless.yml'),
    'utf8',
  );
}

/** The packaged template of the service in `folder`; a package made from the same serverless.yml is reused. */
async function templateOf(folder: string): Promise<string> {
  return path.join((await packageService(folder, { templateOnly: true })).folder, TEMPLATE);
}

/** A template cfn-lint must fault, linted in the same run: proof that the run can fail. */
function brokenTemplate(): string {
  const file = path.join(workspace, 'broken.json');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { NoSuchProperty: 1 } } },
    }),
  );
  return file;
}

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe(`the packaged CloudFormation passes cfn-lint (${version ?? 'not installed'})`, () => {
  lintIt(
    "the solution's template and each step's answer's, ignoring only the framework's own W3005",
    async () => {
      const steps = loadSteps().filter((step) =>
        existsSync(path.join(stepFolder(step), 'serverless.yml')),
      );
      // Answers with the same serverless.yml have the same template: one package for them all
      // (about 3 s each when the cache does not have it yet), named after each.
      const sameConfig = new Map<string, Step[]>();
      for (const step of steps)
        sameConfig.set(answerConfig(step), [...(sameConfig.get(answerConfig(step)) ?? []), step]);
      const names = new Map<string, string[]>([[await templateOf(repoRoot), ['the solution']]]);
      for (const group of sameConfig.values())
        names.set(
          await templateOf(answerCopy(group[0])),
          group.map((step) => `answers/${step.slug}`),
        );

      const broken = brokenTemplate();
      const all = cfnLint([broken, ...names.keys()]);
      expect(
        all.filter((finding) => finding.file === broken).map((finding) => finding.rule),
      ).toEqual(['E3002']);
      const findings = all
        .filter((finding) => finding.file !== broken)
        .map((finding) => {
          const template = [...names.keys()].find(
            (file) => path.resolve(file) === path.resolve(finding.file),
          );
          const who = template === undefined ? finding.file : names.get(template)?.join(', ');
          return `${who}: ${finding.rule} (${finding.level}) at line ${finding.line}: ${finding.message}`;
        });
      expect(findings).toEqual([]);
      expect([...names.values()].flat()).toHaveLength(steps.length + 1);
    },
    300_000,
  );

  it('ignores a rule only with its reason', () => {
    for (const [rule, reason] of Object.entries(IGNORED_RULES)) {
      expect(rule).toMatch(/^[EWI]\d{4}$/);
      expect(reason.length).toBeGreaterThan(40);
    }
  });
});
