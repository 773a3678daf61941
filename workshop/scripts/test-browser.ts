import { spawnSync } from 'node:child_process';
import { findBrowser, NO_BROWSER } from '../front-door/find-browser';
import { repoRoot } from '../paths';

// `npm run test:browser`: CORS as a real browser enforces it, against the workshop's local
// API. It needs a Chromium or Chrome on the machine (Playwright's own download is not used):
// without one it says so in one line and runs nothing.
const browser = findBrowser();
if (browser === undefined) {
  console.log(`test:browser: ${NO_BROWSER}`);
  process.exit(0);
}
const jest = require.resolve('jest/bin/jest', { paths: [repoRoot] });
const run = spawnSync(
  process.execPath,
  [jest, '--selectProjects', 'browser', ...process.argv.slice(2)],
  { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, WORKSHOP_BROWSER: browser } },
);
process.exit(run.status ?? 1);
