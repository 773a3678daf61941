import path from 'node:path';

/**
 * The workshop's root folder. The CLI launcher sets WORKSHOP_REPO_ROOT because its bundle
 * lives elsewhere; tests set it to run the CLI on a copy.
 */
export const repoRoot = process.env.WORKSHOP_REPO_ROOT ?? path.resolve(__dirname, '..');
