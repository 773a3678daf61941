import { optionalPort, portOption } from './port-option';

describe('portOption and optionalPort', () => {
  it.each([
    [['--port', '4000'], 4000],
    [['--port=4001'], 4001],
    [['solution'], 3000],
  ])('%j → --port %s', (argv, expected) => {
    expect(portOption(argv, 3000)).toBe(expected);
  });

  it.each([
    [['--page-port', '5180'], 5180],
    [['--port', '4000', '--page-port=5181'], 5181],
    [['--port', '4000'], undefined],
  ])('%j → --page-port %s', (argv, expected) => {
    expect(optionalPort(argv, 'page-port')).toBe(expected);
  });

  it.each([
    [['--page-port', 'abc'], '--page-port needs a number from 1 to 65535, got "abc".'],
    [['--page-port'], '--page-port needs a number from 1 to 65535, got "".'],
    [['--page-port', '70000'], '--page-port needs a number from 1 to 65535, got "70000".'],
  ])('%j is refused in one line', (argv, message) => {
    expect(() => optionalPort(argv, 'page-port')).toThrow(message);
  });
});
