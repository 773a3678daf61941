import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { shippedStepFile } from '../curriculum/committed-starter';
import { staleGeneratedPages } from '../curriculum/generated-docs';
import { answerFolder, type Step, stepFolder } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { BUILD_OUTPUT } from '../serverless/build-copy';
import { wrongAnswers } from './wrong-answers';

/**
 * Every file below `folder`, as paths relative to it with forward slashes, leaving out build
 * output (a learner's own `serverless package` in a step folder is not part of the step).
 */
export function filesBelow(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.split(path.sep).some((part) => BUILD_OUTPUT.has(part)))
    .filter((name) => statSync(path.join(folder, name)).isFile())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** Problems with one step's files, one line each; an empty list when it is complete. */
export function stepStructureProblems(step: Step): string[] {
  const problems: string[] = [];
  const folder = stepFolder(step);
  const answers = answerFolder(step);
  if (!existsSync(folder)) return [`steps/${step.slug} is missing.`];
  if (!filesBelow(folder).some((file) => /^test\/.+\.test\.ts$/.test(file)))
    problems.push(`steps/${step.slug}/test has no *.test.ts.`);
  // The starters as shipped: a learner's edits in the working tree are not the workshop's.
  for (const file of step.learnerFiles) {
    const starter = shippedStepFile(step, file);
    if (starter === undefined)
      problems.push(`steps/${step.slug}/${file} (a learner file) is missing.`);
    else if (!starter.toString('utf8').includes('TODO'))
      problems.push(`steps/${step.slug}/${file} has no TODO: the learner cannot tell what to do.`);
  }
  // answers/NN-slug/wrong holds the step's wrong answers as patches (wrong-patches.ts).
  const wrong = filesBelow(answers).filter((file) => file.startsWith('wrong/'));
  for (const file of wrong.filter((name) => !/^wrong\/[^/]+\.patch$/.test(name)))
    problems.push(
      `answers/${step.slug}/${file}: answers/${step.slug}/wrong holds only <what-is-wrong>.patch files.`,
    );
  const answerFiles = filesBelow(answers).filter((file) => !file.startsWith('wrong/'));
  const expected = [...step.learnerFiles].sort();
  if (answerFiles.join() !== expected.join()) {
    problems.push(
      `answers/${step.slug} must hold exactly the learner files (${expected.join(', ')}), has: ${answerFiles.join(', ') || 'nothing'}.`,
    );
  }
  for (const file of answerFiles) {
    if (readFileSync(path.join(answers, file), 'utf8').includes('TODO'))
      problems.push(`answers/${step.slug}/${file} still has a TODO.`);
  }
  if (!existsSync(path.join(repoRoot, step.doc))) problems.push(`${step.doc} is missing.`);
  for (const wrong of wrongAnswers.filter((w) => w.slug === step.slug)) {
    const file = path.join(answers, wrong.file);
    if (!existsSync(file) || !readFileSync(file, 'utf8').includes(wrong.find)) {
      problems.push(
        `wrong answer "${wrong.name}": answers/${step.slug}/${wrong.file} no longer contains the text it edits.`,
      );
    }
  }
  return problems;
}

/**
 * Steps build on each other: a file a step carries over (neither one its learner edits nor
 * a test) must be the previous step's file as it stands once solved, byte for byte, so a
 * fix made in one step cannot silently miss the next.
 */
export function carriedFileProblems(steps: Step[]): string[] {
  const problems: string[] = [];
  steps.slice(1).forEach((step, index) => {
    const previous = steps[index];
    const solvedPrevious = (file: string) => {
      const answer = path.join(answerFolder(previous), file);
      return existsSync(answer) ? answer : path.join(stepFolder(previous), file);
    };
    const carried = filesBelow(stepFolder(step)).filter(
      (file) => !file.startsWith('test/') && !step.learnerFiles.includes(file),
    );
    for (const file of carried) {
      const before = solvedPrevious(file);
      if (
        existsSync(before) &&
        !readFileSync(before).equals(readFileSync(path.join(stepFolder(step), file)))
      ) {
        problems.push(
          `steps/${step.slug}/${file} differs from step ${previous.number}'s, as solved: a step starts where the previous one ends.`,
        );
      }
    }
  });
  return problems;
}

/**
 * The solution is the workshop's last state, deployable on its own: each module it shares
 * with the steps (all but its handler, which is wired for the top-level serverless.yml)
 * must be that module in the latest step that has it, as solved.
 */
export function solutionDriftProblems(steps: Step[]): string[] {
  const problems: string[] = [];
  const solutionSources = path.join(repoRoot, 'solution', 'src');
  for (const file of filesBelow(solutionSources).filter((name) => name !== 'handler.ts')) {
    const latest = [...steps]
      .reverse()
      .find((step) => existsSync(path.join(stepFolder(step), 'src', file)));
    if (!latest) continue;
    const answer = path.join(answerFolder(latest), 'src', file);
    const solved = existsSync(answer) ? answer : path.join(stepFolder(latest), 'src', file);
    if (!readFileSync(solved).equals(readFileSync(path.join(solutionSources, file)))) {
      problems.push(
        `solution/src/${file} differs from step ${latest.number}'s, as solved: change both, or neither.`,
      );
    }
  }
  return problems;
}

/** Problems that concern the set of steps: strays without a manifest entry, a stale docs index. */
export function workshopStructureProblems(steps: Step[]): string[] {
  const problems: string[] = [];
  const slugs = new Set(steps.map((step) => step.slug));
  const numbered = (folder: string, strip: RegExp) =>
    readdirSync(path.join(repoRoot, folder))
      .filter((name) => /^\d\d-/.test(name))
      .map((name) => name.replace(strip, ''));
  for (const slug of numbered('steps', /$/))
    if (!slugs.has(slug)) problems.push(`steps/${slug} has no entry in steps/manifest.json.`);
  for (const slug of numbered('answers', /$/))
    if (!slugs.has(slug)) problems.push(`answers/${slug} has no entry in steps/manifest.json.`);
  for (const slug of numbered('docs', /\.md$/))
    if (!slugs.has(slug)) problems.push(`docs/${slug}.md has no entry in steps/manifest.json.`);
  for (const wrong of wrongAnswers)
    if (!slugs.has(wrong.slug))
      problems.push(`wrong answer "${wrong.name}" names an unknown step ${wrong.slug}.`);
  problems.push(...carriedFileProblems(steps), ...solutionDriftProblems(steps));
  for (const page of staleGeneratedPages(steps))
    problems.push(
      `${page} differs from what steps/manifest.json and the CLI say: run \`npm run docs:generate\`.`,
    );
  return problems;
}
