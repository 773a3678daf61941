import { KEPT_CHARACTERS, LONGEST_LINE, printable, SaidLines } from './said-lines';

describe('printable', () => {
  it('leaves a line up to the limit whole', () => {
    const line = 'x'.repeat(LONGEST_LINE);
    expect(printable(line)).toBe(line);
  });

  it('cuts a longer one and says how much it left out', () => {
    const line = 'x'.repeat(LONGEST_LINE + 10);
    expect(printable(line)).toBe(
      `${'x'.repeat(LONGEST_LINE)}… (10 more characters: the local API prints the first 16 KB of a line)`,
    );
  });
});

describe('SaidLines', () => {
  it('keeps every line while they fit', () => {
    const said = new SaidLines();
    said.add('one');
    said.add('two');
    expect(said.text()).toBe('one\ntwo');
  });

  it('drops the oldest lines past its limit, and keeps the latest', () => {
    const said = new SaidLines();
    const line = 'y'.repeat(LONGEST_LINE);
    const count = Math.ceil(KEPT_CHARACTERS / LONGEST_LINE) * 2;
    for (let index = 0; index < count; index += 1) said.add(`${index} ${line}`);
    said.add('the last');
    expect(said.text().length).toBeLessThanOrEqual(KEPT_CHARACTERS);
    expect(said.text().startsWith('0 ')).toBe(false);
    expect(said.text().endsWith('\nthe last')).toBe(true);
  });
});
