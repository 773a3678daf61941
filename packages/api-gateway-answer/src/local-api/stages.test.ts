import { Finished, finish, type Stage, Stages } from './stages';
import type { WireAnswer } from './wire-answer';

// Table-driven: a list of stages ends at the first stage that finishes; the stages after it never run.

const answer = (why: string): WireAnswer => ({
  statusCode: 200,
  headers: {},
  body: Buffer.from(''),
  why,
});

interface Row {
  what: string;
  /** For each of three stages: 'pass' adds its name to the value, 'finish' ends the list. */
  stages: Array<'pass' | 'finish'>;
  /** Which stages ran, in order. */
  ran: string[];
  why: string;
}

const rows: Row[] = [
  {
    what: 'every stage passes on',
    stages: ['pass', 'pass', 'pass'],
    ran: ['a', 'b', 'c'],
    why: 'abc',
  },
  {
    what: 'the first stage finishes',
    stages: ['finish', 'pass', 'pass'],
    ran: ['a'],
    why: 'a finished',
  },
  {
    what: 'the middle stage finishes',
    stages: ['pass', 'finish', 'pass'],
    ran: ['a', 'b'],
    why: 'b finished',
  },
  {
    what: 'the last stage finishes',
    stages: ['pass', 'pass', 'finish'],
    ran: ['a', 'b', 'c'],
    why: 'c finished',
  },
];

describe('a list of stages', () => {
  it.each(rows)('$what: $ran ran, the answer is "$why"', async ({ stages, ran, why }) => {
    const seen: string[] = [];
    const stage =
      (name: string, kind: 'pass' | 'finish'): Stage<string, string> =>
      async (value) => {
        seen.push(name);
        return kind === 'finish' ? finish(answer(`${name} finished`)) : `${value}${name}`;
      };
    const wire = await Stages.from('')
      .next(stage('a', stages[0] ?? 'pass'))
      .next(stage('b', stages[1] ?? 'pass'))
      .next(stage('c', stages[2] ?? 'pass'))
      .next(answer)
      .answer();
    expect(seen).toEqual(ran);
    expect(wire.why).toBe(why);
  });

  it('takes a finished answer at its start, and runs nothing', async () => {
    const wire = await Stages.from<string>(finish(answer('at once')))
      .next(() => answer('never'))
      .answer();
    expect(wire.why).toBe('at once');
  });

  it('a stage that throws rejects the answer, as the door did before it had stages', async () => {
    const failing = Stages.from('x').next((): string => {
      throw new Error('boom');
    });
    await expect(failing.next(answer).answer()).rejects.toThrow('boom');
  });

  it('tells a finished answer from a value by its class', () => {
    expect(finish(answer('x'))).toBeInstanceOf(Finished);
  });
});
