import path from 'node:path';
import { loadEpilogue, loadSteps } from '../curriculum/manifest';
import { repoRoot } from '../paths';
import {
  generatedPages,
  renderStartScreen,
  shownStarterScore,
  staleGeneratedPages,
  startScreenProblems,
} from './generated-docs';

describe('docs written from the manifest', () => {
  it('are up to date in the repository', () => {
    expect(staleGeneratedPages(loadSteps())).toEqual([]);
  });

  it('go stale when a hint changes in the manifest', () => {
    const steps = loadSteps().map((step) =>
      step.number === 2
        ? { ...step, hints: [...step.hints.slice(0, -1), 'A new last hint.'] }
        : step,
    );
    expect(staleGeneratedPages(steps)).toEqual(['docs/02-read-the-request.md']);
  });

  it('go stale when a step is renamed', () => {
    const steps = loadSteps().map((step) =>
      step.number === 1 ? { ...step, title: 'Renamed' } : step,
    );
    expect(staleGeneratedPages(steps)).toContain('docs/README.md');
  });

  it.each([
    ['docs/README.md', ''],
    ['README.md', 'docs/'],
  ])(
    'list every step, then the epilogue, in order in %s, with a link to its page',
    (page, folder) => {
      const steps = loadSteps();
      const text =
        [...generatedPages(steps)].find(([file]) => path.relative(repoRoot, file) === page)?.[1] ??
        '';
      const pages = [...steps, ...loadEpilogue()];
      expect(pages.length).toBeGreaterThan(steps.length);
      const positions = pages.map((each) => text.indexOf(`](${folder}${each.slug}.md)`));
      expect(positions.every((position) => position > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    },
  );

  describe('the npm start screen of docs/before-you-start.md', () => {
    const page = (steps = loadSteps()) =>
      [...generatedPages(steps)].find(
        ([file]) => path.relative(repoRoot, file) === 'docs/before-you-start.md',
      )?.[1] ?? '';

    it('shows every step, step 1 as the current one with its starter score, and what to do next', () => {
      const steps = loadSteps();
      const score = shownStarterScore(steps);
      expect(score).toEqual({ passed: expect.any(Number), total: expect.any(Number) });
      const screen = renderStartScreen(steps, score ?? { passed: 0, total: 0 });
      expect(page(steps)).toContain(screen);
      const lines = screen.split('\n');
      for (const step of steps)
        expect(lines.some((line) => line.includes(`${step.number}. ${step.title}`))).toBe(true);
      expect(lines.find((line) => line.includes(steps[0].title))).toMatch(
        new RegExp(`${score?.passed}/${score?.total}.*← you are here`),
      );
      expect(screen).toContain(`Check:  npm run workshop -- test 1`);
      expect(screen).not.toContain('\u001b[');
    });

    it('goes stale when the manifest lists other tests the starter passes', () => {
      const steps = loadSteps().map((step) =>
        step.number === 1
          ? { ...step, passesOnStarter: [...step.passesOnStarter, 'another'] }
          : step,
      );
      expect(staleGeneratedPages(steps)).toContain('docs/before-you-start.md');
    });

    it('goes stale when a step is renamed', () => {
      const steps = loadSteps().map((step) =>
        step.number === 9 ? { ...step, title: 'Renamed' } : step,
      );
      expect(staleGeneratedPages(steps)).toContain('docs/before-you-start.md');
    });

    it('is a problem for verify when a real run of the starter scores otherwise', () => {
      const steps = loadSteps();
      const shown = shownStarterScore(steps) ?? { passed: 0, total: 0 };
      expect(startScreenProblems(steps, shown)).toEqual([]);
      const [problem] = startScreenProblems(steps, {
        passed: shown.passed + 1,
        total: shown.total + 1,
      });
      expect(problem).toContain(`step 1 at ${shown.passed}/${shown.total}`);
      expect(problem).toContain(`passes ${shown.passed + 1}/${shown.total + 1}`);
      expect(problem).toContain('npm run dev -- docs');
    });
  });
});
