import { writeDocsIndex } from '../steps/docs-index';
import { loadSteps } from '../steps/manifest';

// `npm run docs:index`: rewrites the step list in docs/README.md from steps/manifest.json.
writeDocsIndex(loadSteps());
console.log('docs/README.md: step list rewritten from steps/manifest.json.');
