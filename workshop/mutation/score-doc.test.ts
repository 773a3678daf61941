import { loadSteps } from '../curriculum/manifest';
import { scoreDocProblems } from './score-doc';

// The full mutation run takes longer than CI may (docs/mutation-testing.md says how long):
// CI checks instead that the committed scores were measured on the answers and tests as
// they are, and that none has a survivor.
describe('docs/mutation-testing.md', () => {
  it('has a current row without survivors for every answer Stryker mutates', () => {
    expect(scoreDocProblems(loadSteps())).toEqual([]);
  });
});
