import { tarballProblems } from './check-tarball';

describe("the tarball check's file list", () => {
  const minimal = [
    'LICENSE',
    'README.md',
    'package.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/jest/index.js',
    'dist/cli/main.js',
  ];

  it('accepts the build, the README, the licence and the manifest', () => {
    expect(tarballProblems([...minimal, 'dist/events/rest-post-throw.json'])).toEqual([]);
  });

  it('names a source file, a compiled test or a missing licence', () => {
    expect(
      tarballProblems([
        ...minimal.filter((file) => file !== 'LICENSE'),
        'src/index.ts',
        'dist/predict-answer.test.js',
      ]),
    ).toEqual([
      'the tarball holds src/index.ts',
      'the tarball holds dist/predict-answer.test.js',
      'the tarball lacks LICENSE',
    ]);
  });
});
