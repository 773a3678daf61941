import { type Step, stepFolder } from '../curriculum/manifest';
import { packageNeeds } from '../curriculum/slow-tests';
import { compileTemplate } from '../serverless/compile-template';
import { packageService } from '../serverless/package-service';

/**
 * Starts, while jest starts, what a step's tests will ask the framework for: the package (a
 * framework run of 2 to 3 s) or the compiled template (under 1 s), into the cache where the
 * tests find it, instead of once the tests begin. Resolves when it is made, or has failed
 * (the tests then report why).
 */
export function packageAhead(step: Step): Promise<void> {
  const folder = stepFolder(step);
  const needs = packageNeeds(folder);
  if (needs === 'none') return Promise.resolve();
  const made = needs === 'full' ? packageService(folder) : compileTemplate(folder);
  return made.then(
    () => undefined,
    () => undefined,
  );
}
