import { repoRoot } from '../paths';
import { frameworkScratch, spawnFramework } from '../serverless/framework';

// `npm run package|deploy|remove [-- --stage prod]`: the framework on the top-level
// serverless.yml, with telemetry and notifications off on every platform (an npm script
// cannot set environment variables in a way that works in both cmd.exe and sh).
const scratch = frameworkScratch();
const child = spawnFramework(process.argv.slice(2), {
  cwd: repoRoot,
  stdio: 'inherit',
  env: scratch.env,
});
child.on('exit', (code) => {
  scratch.remove();
  process.exit(code ?? 1);
});
