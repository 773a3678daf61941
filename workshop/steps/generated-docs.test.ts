import path from 'node:path';
import { repoRoot } from '../serverless/framework';
import { generatedPages, staleGeneratedPages } from './generated-docs';
import { loadSteps } from './manifest';

describe('docs written from the manifest', () => {
  it('are up to date in the repository', () => {
    expect(staleGeneratedPages(loadSteps())).toEqual([]);
  });

  it('go stale when a hint changes in the manifest', () => {
    const steps = loadSteps().map((step) => (step.number === 2 ? { ...step, hints: [...step.hints.slice(0, -1), 'A new last hint.'] } : step));
    expect(staleGeneratedPages(steps)).toEqual(['docs/02-read-the-request.md']);
  });

  it('go stale when a step is renamed', () => {
    const steps = loadSteps().map((step) => (step.number === 1 ? { ...step, title: 'Renamed' } : step));
    expect(staleGeneratedPages(steps)).toContain('docs/README.md');
  });

  it.each([
    ['docs/README.md', ''],
    ['README.md', 'docs/'],
  ])('list every step in order in %s, with a link to its page', (page, folder) => {
    const steps = loadSteps();
    const text = [...generatedPages(steps)].find(([file]) => path.relative(repoRoot, file) === page)?.[1] ?? '';
    const positions = steps.map((step) => text.indexOf(`](${folder}${step.slug}.md)`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
