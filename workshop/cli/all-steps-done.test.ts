import { loadEpilogue } from '../curriculum/manifest';
import { allStepsDone } from './all-steps-done';

describe('the message once every step passes', () => {
  it('sends the learner to deploy, then to each epilogue page by its file', () => {
    const message = allStepsDone(11);
    expect(message).toMatch(/^All 11 steps are done\. Deploy the finished service/);
    const pages = loadEpilogue();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(message).toContain(`${page.title} (${page.doc})`);
  });
});
