import path from 'node:path';
import { checkArguments } from '../cli/arguments';
import { serveLocalApi, serviceSources } from '../cli/commands/serve-local-api';
import { optionalPort, portOption } from '../cli/port-option';
import { repoRoot } from '../paths';
import { serveFolder } from '../serverless/serve-folder';

// `npm run serve [-- --port 4000] [--page-port 5180] [--offline]`: the finished service, solution/, on http://localhost:3000/dev/throw.
Promise.resolve()
  .then(() =>
    checkArguments(
      'npm run serve [-- --port 3000] [--page-port 5173] [--offline]',
      {
        positionals: 0,
        options: { port: { value: true }, 'page-port': { value: true }, offline: { value: false } },
      },
      process.argv.slice(2),
    ),
  )
  .then(() => {
    const port = portOption(process.argv.slice(2), 3000);
    // --offline: serverless-offline, the plugin real projects use; by default the workshop's
    // local API, which answers as AWS would.
    return process.argv.includes('--offline')
      ? serveFolder({ cwd: repoRoot, label: 'solution/', port })
      : serveLocalApi({
          folder: repoRoot,
          label: 'the solution (solution/)',
          port,
          pagePort: optionalPort(process.argv.slice(2), 'page-port'),
          sources: serviceSources(repoRoot, path.join(repoRoot, 'solution', 'src')),
        });
  })
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
