import { repoRoot } from '../serverless/framework';
import { serveFolder } from '../serverless/serve-folder';
import { portOption } from './port-option';

// `npm run serve [-- --port 4000]`: the finished service, solution/, on http://localhost:3000/dev/throw.
serveFolder({ cwd: repoRoot, label: 'solution/', port: portOption(process.argv.slice(2), 3000) })
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
