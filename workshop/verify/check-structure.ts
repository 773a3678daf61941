import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { carriedFiles, filesBelow } from '../curriculum/carried-files';
import { shippedStepFile } from '../curriculum/committed-starter';
import {
  answerFolder,
  type EpiloguePage,
  loadEpilogue,
  MANIFEST,
  type Step,
  stepFolder,
} from '../curriculum/manifest';
import { repoRoot } from '../paths';
import { epilogueCodeProblems } from './check-doc-code';
import { GENERATE, staleGeneratedPages } from './generated-docs';
import { otherRightAnswers } from './right-answers';

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
  for (const right of otherRightAnswers.filter((r) => r.slug === step.slug)) {
    const file = path.join(answers, right.file);
    if (!existsSync(file) || !readFileSync(file, 'utf8').includes(right.find)) {
      problems.push(
        `other right answer "${right.name}": answers/${step.slug}/${right.file} no longer contains the text it edits.`,
      );
    }
  }
  return problems;
}

/**
 * Copies by design that no longer match what they copy (see carriedFiles): `npm run dev --
 * sync` makes them match again.
 */
export function carriedFileProblems(steps: Step[]): string[] {
  return carriedFiles(steps)
    .filter((carried) => !readFileSync(carried.source).equals(readFileSync(carried.copy)))
    .map((carried) =>
      carried.copyName.startsWith('solution/')
        ? `${carried.copyName} differs from step ${carried.from.number}'s, as solved: change both, or neither (npm run dev -- sync copies it).`
        : `${carried.copyName} differs from step ${carried.from.number}'s, as solved: a step starts where the previous one ends (npm run dev -- sync copies it).`,
    );
}

/** An epilogue page's problems: its page or its example folder missing, a block that drifted. */
export function epilogueProblems(page: EpiloguePage): string[] {
  if (!existsSync(path.join(repoRoot, page.doc))) return [`${page.doc} is missing.`];
  if (page.example !== undefined && !existsSync(path.join(repoRoot, page.example)))
    return [`${page.doc}'s example folder ${page.example} is missing.`];
  return epilogueCodeProblems(page);
}

/**
 * Problems that concern the set of steps and the pages after them: strays without a manifest
 * entry, an epilogue page that is missing or shows other code than its example's, a stale docs index.
 */
export function workshopStructureProblems(steps: Step[], epilogue = loadEpilogue()): string[] {
  const problems: string[] = [];
  const slugs = new Set(steps.map((step) => step.slug));
  const pages = new Set(epilogue.map((page) => page.slug));
  const numbered = (folder: string, strip: RegExp) =>
    readdirSync(path.join(repoRoot, folder))
      .filter((name) => /^\d\d-/.test(name))
      .map((name) => name.replace(strip, ''));
  for (const slug of numbered('steps', /$/))
    if (!slugs.has(slug)) problems.push(`steps/${slug} has no entry in ${MANIFEST}.`);
  for (const slug of numbered('answers', /$/))
    if (!slugs.has(slug)) problems.push(`answers/${slug} has no entry in ${MANIFEST}.`);
  for (const slug of numbered('docs', /\.md$/))
    if (!slugs.has(slug) && !pages.has(slug))
      problems.push(`docs/${slug}.md has no entry in ${MANIFEST}.`);
  for (const page of epilogue) problems.push(...epilogueProblems(page));
  for (const right of otherRightAnswers)
    if (!slugs.has(right.slug))
      problems.push(`other right answer "${right.name}" names an unknown step ${right.slug}.`);
  problems.push(...carriedFileProblems(steps));
  for (const page of staleGeneratedPages(steps))
    problems.push(`${page} differs from what ${MANIFEST} and the CLI say: run \`${GENERATE}\`.`);
  return problems;
}
