import { keepServingThroughStrayErrors, strayLine } from './stray-errors';

describe('strayLine', () => {
  it.each([
    [new TypeError('late'), /: TypeError: late\. On Lambda this ends the runtime/],
    ['a string', /: a string\. On Lambda/],
    [undefined, /: undefined\. On Lambda/],
  ])('names %p and says what Lambda does', (error, expected) => {
    expect(strayLine('an unhandled rejection', error)).toMatch(expected);
  });
});

describe('keepServingThroughStrayErrors', () => {
  it('says a line for an unhandled rejection, and removes its handlers when asked', () => {
    const lines: string[] = [];
    const before = process.listenerCount('unhandledRejection');
    const remove = keepServingThroughStrayErrors((line) => lines.push(line));
    expect(process.listenerCount('unhandledRejection')).toBe(before + 1);
    process.emit('unhandledRejection', new Error('after answering'), Promise.resolve());
    remove();
    expect(process.listenerCount('unhandledRejection')).toBe(before);
    expect(lines).toEqual([
      expect.stringContaining('unhandled rejection): Error: after answering'),
    ]);
  });
});
