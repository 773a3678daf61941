import type { Step } from '../../curriculum/manifest';
import type { StepResult } from '../progress';
import { progressLines } from './home';

const step = (number: number, title: string): Step => ({
  number,
  slug: `0${number}-step`,
  title,
  doc: '',
  learnerFiles: [],
  hints: [],
  passesOnStarter: [],
});

describe('progressLines', () => {
  it('keeps the scores in one column, however long a title is', () => {
    const steps = [
      step(1, 'Short'),
      step(2, 'A title much longer than the thirty-two characters once reserved'),
      step(3, 'Mid-sized title'),
    ];
    const results = new Map<Step, StepResult | undefined>([
      [steps[0], { filesHash: '', passed: 3, total: 3 }],
      [steps[1], { filesHash: '', passed: 1, total: 4 }],
      [steps[2], undefined],
    ]);
    const lines = progressLines(steps, results, steps[1]);
    expect(lines[1]).toBe(
      '  ✗  2. A title much longer than the thirty-two characters once reserved  1/4  ← you are here',
    );
    const columns = lines.map((line) => line.search(/3\/3|1\/4|not checked yet/));
    expect(new Set(columns).size).toBe(1);
  });
});
