// Starts the workshop CLI (npm start, npm run workshop). The CLI is TypeScript; so that it
// starts as fast as plain Node (watch mode runs it on every save), it is bundled with
// esbuild into .workshop/build/ (git-ignored) and rebuilt whenever a file under workshop/
// or the model's package (packages/api-gateway-answer/src/) is newer than the bundle. Plain
// JavaScript, so it needs nothing but Node to run.
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const bundle = path.join(repoRoot, '.workshop', 'build', 'cli.js');

function newestChange(folder) {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestChange(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function build() {
  const result = require('esbuild').buildSync({
    entryPoints: [path.join(__dirname, 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  // Write then rename: a CLI started meanwhile never loads half a bundle.
  const temporary = `${bundle}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, result.outputFiles[0].contents);
  fs.renameSync(temporary, bundle);
}

try {
  if (
    !fs.existsSync(bundle) ||
    fs.statSync(bundle).mtimeMs <
      Math.max(
        newestChange(path.join(repoRoot, 'workshop')),
        newestChange(path.join(repoRoot, 'packages', 'api-gateway-answer', 'src')),
      )
  )
    build();
} catch (error) {
  const missing = error && error.code === 'MODULE_NOT_FOUND';
  console.error(
    missing
      ? 'The workshop is not installed yet: run npm ci, then npm start.'
      : `The workshop CLI could not be built: ${error.message}`,
  );
  process.exit(1);
}
// The bundle's own location says nothing about where the repository is.
process.env.WORKSHOP_REPO_ROOT = repoRoot;
require(bundle);
