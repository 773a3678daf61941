import { claimProblems, docClaims } from './doc-claims';

describe('the pages say what the evidence shows', () => {
  it.each(docClaims.map((claim) => [claim.evidence.level, claim.claim, claim] as const))(
    '[%s] %s',
    (_, __, claim) => {
      expect(claimProblems(claim)).toEqual([]);
    },
  );

  it('names a file that says the old wording', () => {
    const claim = { ...docClaims[0], neverSays: /REQUEST_TOO_LARGE/ };
    expect(claimProblems(claim)).toContain(
      'docs/08-cors-on-errors.md still says /REQUEST_TOO_LARGE/',
    );
  });
});
