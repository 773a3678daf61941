import { repoRoot } from '../paths';
import { spawnFramework } from '../serverless/framework';

// `npm run package|deploy|remove [-- --stage prod]`: the framework on the top-level
// serverless.yml, with telemetry and notifications off on every platform (an npm script
// cannot set environment variables in a way that works in both cmd.exe and sh).
const child = spawnFramework(process.argv.slice(2), { cwd: repoRoot, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
