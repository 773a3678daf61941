import { type Step, stepFolder } from '../curriculum/manifest';
import { packageNeeds, SLOW_CALLS, testFilesCalling } from '../curriculum/slow-tests';
import { packageService } from '../serverless/package-service';
import { WarmLocalApi } from './warm-local-api';

export const usesLocalApi = (step: Step) =>
  testFilesCalling(stepFolder(step), [SLOW_CALLS.localApi]).length > 0;

export interface Ahead {
  /** For the tests: where the local API started ahead is announced. */
  env: Record<string, string>;
  /** Waits for what was started, and stops what was started for this run only. */
  finish: () => Promise<void>;
}

/**
 * Starts, while jest starts, the slow things a step's tests will ask for: its package (into
 * the package cache, where the tests find it) and its local API (announced to the tests).
 * They ran one after the other inside the tests before; side by side, a step that packages
 * and serves answers in about half the time. `warmApi`: watch mode's, kept across runs.
 */
export function startAhead(step: Step, warmApi?: WarmLocalApi): Ahead {
  // The same package the tests will ask for: a template-only one is reused while serverless.yml is unchanged.
  const needs = packageNeeds(stepFolder(step));
  const packaging =
    needs === 'none'
      ? Promise.resolve()
      : packageService(stepFolder(step), { templateOnly: needs === 'template' }).then(
          () => undefined,
          () => undefined,
        );
  const api = warmApi ?? (usesLocalApi(step) ? new WarmLocalApi(step, 'test') : undefined);
  const serving = api?.prepare() ?? Promise.resolve();
  return {
    env: api ? { WORKSHOP_WARM_APIS: api.announcement } : {},
    finish: async () => {
      await Promise.all([packaging, serving]);
      if (api && api !== warmApi) await api.dispose();
    },
  };
}
