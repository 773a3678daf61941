import { loadSteps } from '../curriculum/manifest';
import { measureStarter } from '../curriculum/starter-score';
import { writeGeneratedPages } from '../verify/generated-docs';

// `npm run docs:generate`: rewrites the step list in docs/README.md and README.md and each
// step page's hints from steps/manifest.yml, and the `npm start` screen of
// docs/before-you-start.md from the CLI's functions and a real run of step 1's starter.
async function main(): Promise<void> {
  const steps = loadSteps();
  console.log(
    `Running step 1's starter tests, for the npm start screen of docs/before-you-start.md…`,
  );
  const score = await measureStarter(steps[0]);
  const rewritten = writeGeneratedPages(steps, score);
  console.log(
    rewritten.length === 0
      ? 'The docs already match steps/manifest.yml and the CLI.'
      : `Rewritten: ${rewritten.join(', ')}`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
