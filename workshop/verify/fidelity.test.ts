import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import { fidelityPageIsCurrent, renderFidelityPage, replayingCases } from './fidelity';
import { DOORS, type Door, fidelityRules } from './fidelity-rules';

describe('docs/fidelity.md', () => {
  it('reads as the rules, their evidence and the measures say (npm run dev -- docs writes it)', () => {
    expect(fidelityPageIsCurrent()).toBe(true);
  });

  it('goes stale when an evidence level changes without the page being written again', () => {
    const [first, ...rest] = fidelityRules;
    const cell = first.doors.restProxy;
    if (cell === undefined) throw new Error('the first rule has no REST proxy cell');
    const weaker = {
      ...first,
      doors: {
        ...first.doors,
        restProxy: { ...cell, evidence: { ...cell.evidence, level: 'inferred' as const } },
      },
    };
    expect(fidelityPageIsCurrent([weaker, ...rest])).toBe(false);
  });

  it('names, for every recorded cell, a recording the replay tests run', () => {
    const unreplayed = fidelityRules.flatMap((rule) =>
      (Object.keys(DOORS) as Door[])
        .filter((door) => rule.doors[door]?.evidence.level === 'recorded')
        .filter(
          (door) =>
            replayingCases(rule.doors[door] as NonNullable<(typeof rule.doors)[Door]>).length === 0,
        )
        .map((door) => `${rule.rule} (${DOORS[door]})`),
    );
    expect(unreplayed).toEqual([]);
  });

  it("shows serverless-offline's measured answer, and says where it differs", () => {
    const page = renderFidelityPage();
    expect(page).toMatch(/\*\*differs\*\* \(`\/throws-with-status`: \*\*400\*\*\)/);
    expect(page).toMatch(/agrees \(`\/no-status-code`/);
  });

  it.each([
    'docs/README.md',
    'docs/04-run-it-locally.md',
    'docs/06-bad-input-never-502.md',
    'docs/08-cors-on-errors.md',
    'docs/09-lambda-integration.md',
    'docs/10-http-api.md',
    'docs/11-function-url.md',
  ])('is linked from %s, where it says what AWS answers', (page) => {
    expect(readFileSync(path.join(repoRoot, page), 'utf8')).toContain('](fidelity.md)');
  });
});
