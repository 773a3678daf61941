import { loudGreeting } from '../src/loud-greeting';
import { shout } from '../src/shout';

describe('shout', () => {
  it('puts the text in capitals', () => {
    expect(shout('hi')).toBe('HI');
  });
});

describe('loudGreeting', () => {
  it('shouts the greeting', () => {
    expect(loudGreeting('Ada')).toBe('HELLO, ADA!');
  });
});
