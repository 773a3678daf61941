import path from 'node:path';
import { repoRoot } from '../paths';
import { workReport } from './incremental';
import { mutationRoot, type Target } from './targets';

/**
 * Stryker's options, written to the JSON file it reads. (Its PartialStrykerOptions type is in an
 * ES module, which this CommonJS project's tsc and Biome cannot both import; Stryker checks
 * the file against its schema when it starts.)
 */
type PartialStrykerOptions = Record<string, unknown>;

export const reportFolder = path.join(mutationRoot, 'report');

/** Stryker's HTML report of `target`'s last run. */
export function htmlReport(target: Target): string {
  return path.join(reportFolder, `${target.name}.html`);
}

/**
 * Stryker's options for one run over `target`, in its copy (its cwd). The copy is throw-away,
 * so Stryker mutates it in place: no sandbox of its own, whose path jest would need to know.
 * `perTest` coverage runs only the tests that reach a mutant, and only those of them that
 * execute the mutated line. Incremental: Stryker reads the last report (incremental.ts) and
 * runs only the mutants whose code or covering tests changed since; `full` runs them all.
 */
export function strykerOptions(
  target: Target,
  breakAt: number | null,
  full: boolean,
): PartialStrykerOptions {
  return {
    testRunner: 'jest',
    jest: {
      projectType: 'custom',
      configFile: path.join(repoRoot, 'workshop', 'mutation', 'jest.config.js'),
      enableFindRelatedTests: false,
    },
    checkers: ['typescript'],
    tsconfigFile: 'tsconfig.json',
    coverageAnalysis: 'perTest',
    mutate: target.mutated,
    inPlace: true,
    incremental: true,
    incrementalFile: workReport(target),
    force: full,
    reporters: ['html', 'progress'],
    htmlReporter: { fileName: htmlReport(target) },
    thresholds: { high: 100, low: 100, break: breakAt },
    // Two cores: one jest per core. Fewer when the machine is shared: MUTATION_CONCURRENCY.
    concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
    // Outside the copy, which is jest's root.
    tempDirName: path.join(mutationRoot, 'stryker-tmp', target.name),
    cleanTempDir: true,
  };
}
