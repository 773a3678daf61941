import { checkArguments } from '../cli/arguments';
import { portOption } from '../cli/port-option';
import { repoRoot } from '../paths';
import { serveFolder } from '../serverless/serve-folder';

// `npm run serve [-- --port 4000]`: the finished service, solution/, on http://localhost:3000/dev/throw.
Promise.resolve()
  .then(() =>
    checkArguments(
      'npm run serve [-- --port 3000]',
      { positionals: 0, options: { port: { value: true } } },
      process.argv.slice(2),
    ),
  )
  .then(() =>
    serveFolder({
      cwd: repoRoot,
      label: 'solution/',
      port: portOption(process.argv.slice(2), 3000),
    }),
  )
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
