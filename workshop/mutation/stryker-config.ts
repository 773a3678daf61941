import path from 'node:path';
import { repoRoot } from '../paths';
import { mutationRoot, type Target } from './targets';

/**
 * Stryker's options, written to the JSON file it reads. (Its PartialStrykerOptions type is in an
 * ES module, which this CommonJS project's tsc and Biome cannot both import; Stryker checks
 * the file against its schema when it starts.)
 */
type PartialStrykerOptions = Record<string, unknown>;

export const reportFolder = path.join(mutationRoot, 'report');
export const jsonReport = path.join(reportFolder, 'mutation.json');

/**
 * Stryker's options for one run over `targets`, in the work folder (its cwd). The copies are
 * throw-away, so Stryker mutates them in place: no sandbox of its own, whose path jest would
 * need to know. `perTest` coverage runs only the tests that reach a mutant, so a mutant of
 * one step runs that step's tests, and only those of them that execute the mutated line.
 */
export function strykerOptions(targets: Target[], breakAt: number | null): PartialStrykerOptions {
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
    mutate: targets.flatMap((target) => target.mutated.map((file) => `${target.copy}/${file}`)),
    inPlace: true,
    reporters: ['html', 'json', 'progress'],
    htmlReporter: { fileName: path.join(reportFolder, 'index.html') },
    jsonReporter: { fileName: jsonReport },
    thresholds: { high: 100, low: 100, break: breakAt },
    // Two cores: one jest per core. Fewer when the machine is shared: MUTATION_CONCURRENCY.
    concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
    tempDirName: '.stryker-tmp',
    cleanTempDir: true,
  };
}
