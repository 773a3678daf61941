import type { Step } from '../../curriculum/manifest';
import { MANIFEST } from '../../curriculum/manifest';
import { measureStarter } from '../../curriculum/starter-score';
import { writeGeneratedPages } from '../../verify/generated-docs';

/**
 * Rewrites the step list in docs/README.md and README.md and each step page's hints from the
 * manifest, and the `npm start` screen of docs/before-you-start.md from the CLI's functions
 * and a real run of step 1's starter.
 */
export async function docs(steps: Step[]): Promise<number> {
  console.log(
    `Running step 1's starter tests, for the npm start screen of docs/before-you-start.md…`,
  );
  const score = await measureStarter(steps[0]);
  const rewritten = writeGeneratedPages(steps, score);
  console.log(
    rewritten.length === 0
      ? `The docs already match ${MANIFEST} and the CLI.`
      : `Rewritten: ${rewritten.join(', ')}`,
  );
  return 0;
}
