import { UserError } from '../../cli/output';
import type { Step } from '../../curriculum/manifest';
import { findStep } from '../../curriculum/manifest';
import { verifySteps } from '../../verify/verify';

/**
 * The maintainers' proof of every step (`npm run verify` runs it too; so does `npm test`),
 * or of the steps named (`check 8 9`), for a quick look while working on them.
 */
export async function check(steps: Step[], refs: string[] = []): Promise<number> {
  const only = refs.map((ref) => {
    const step = findStep(steps, ref);
    if (step === undefined) throw new UserError(`No step "${ref}". Steps: 1 to ${steps.length}.`);
    return step;
  });
  return (await verifySteps(steps, console.log, only.length > 0 ? only : undefined)) ? 0 : 1;
}
