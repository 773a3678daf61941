import { loadEpilogue } from '../curriculum/manifest';

/**
 * What a learner reads once every step passes: deploy, then the epilogue's pages (there is no
 * step test to send them there, so the last message has to).
 */
export function allStepsDone(stepCount: number): string {
  const epilogue = loadEpilogue().map((page) => `${page.title} (${page.doc})`);
  const then = epilogue.length === 0 ? '' : ` Then the epilogue: ${epilogue.join(', ')}.`;
  return `All ${stepCount} steps are done. Deploy the finished service: see "Deploy to AWS" in README.md.${then}`;
}
