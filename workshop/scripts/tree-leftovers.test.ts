import { leftovers } from './tree-leftovers';

describe('what npm test left in the tree', () => {
  it('is every entry git did not list before the run', () => {
    expect(
      leftovers(
        ['?? notes.txt'],
        ['?? notes.txt', '!! .esbuild/', '!! workshop/recorder/probe/.esbuild/', ' M README.md'],
      ),
    ).toEqual(['!! .esbuild/', '!! workshop/recorder/probe/.esbuild/', ' M README.md']);
  });

  it('leaves out the installed packages and the .workshop/ cache, which are meant to stay', () => {
    expect(
      leftovers([], ['!! node_modules/', '!! .workshop/', '!! solution/node_modules/']),
    ).toEqual([]);
  });
});
