import { ended, idleQueue, saved } from './run-queue';

describe('saves becoming runs', () => {
  it('starts a run on a save when none is under way', () => {
    expect(saved(idleQueue)).toEqual({ queue: { running: true, again: false }, start: true });
  });

  it('makes the saves during a run one more run after it, not one each', () => {
    const first = saved(idleQueue).queue;
    const during = saved(saved(first).queue);
    expect(during.start).toBe(false);
    const after = ended(during.queue);
    expect(after).toEqual({ queue: { running: true, again: false }, start: true });
    expect(ended(after.queue)).toEqual({ queue: idleQueue, start: false });
  });

  it('runs again when the run asks for it, without a save', () => {
    expect(ended(saved(idleQueue).queue, true).start).toBe(true);
  });
});
