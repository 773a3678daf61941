import { greet } from '../src/greet';

describe('greet', () => {
  it('returns a string', () => {
    expect(typeof greet('Ada')).toBe('string');
  });
  it('greets by name', () => {
    expect(greet('Ada')).toContain('Ada');
  });
  it('ends with an exclamation mark', () => {
    expect(greet('Ada')).toBe('Hello, Ada!');
  });
});
