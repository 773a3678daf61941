import { writeGeneratedPages } from '../steps/generated-docs';
import { loadSteps } from '../steps/manifest';

// `npm run docs:generate`: rewrites the step list in docs/README.md and each step page's
// hints from steps/manifest.json.
const rewritten = writeGeneratedPages(loadSteps());
console.log(rewritten.length === 0 ? 'The docs already match steps/manifest.json.' : `Rewritten from steps/manifest.json: ${rewritten.join(', ')}`);
