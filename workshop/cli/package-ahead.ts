import { type Step, stepFolder } from '../curriculum/manifest';
import { packageNeeds } from '../curriculum/slow-tests';
import { packageService } from '../serverless/package-service';

/**
 * Starts, while jest starts, the package a step's tests will ask for (into the package cache,
 * where the tests find it): a framework run of 2 to 3 s that would otherwise begin only once
 * the tests do. Resolves when it is made, or has failed (the tests then report why).
 */
export function packageAhead(step: Step): Promise<void> {
  const needs = packageNeeds(stepFolder(step));
  if (needs === 'none') return Promise.resolve();
  return packageService(stepFolder(step), { templateOnly: needs === 'template' }).then(
    () => undefined,
    () => undefined,
  );
}
