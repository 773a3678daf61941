// Projects, so that the fast unit tests can run alone (`npm run test:unit`, the benchmark),
// the property-based tests (10,000 generated events) apart, and the integration tests (real
// framework runs, a real local API) apart. Two integration files may use one service folder
// at once: serverless-esbuild builds into the folder's .esbuild/, so a framework run there
// waits for the other to end (lockBuildFolder).
const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  rootDir: __dirname,
  moduleNameMapper: {
    '^@workshop/(.*)$': '<rootDir>/workshop/$1',
    // The package as its users import it, from its source (no build needed to test).
    '^api-gateway-answer$': '<rootDir>/packages/api-gateway-answer/src/index.ts',
    '^api-gateway-answer/(.*)$': '<rootDir>/packages/api-gateway-answer/src/$1',
  },
  setupFilesAfterEnv: ['<rootDir>/workshop/testing/setup-matchers.ts'],
  // The learner-facing step tests fail on the starters by design; `npm run verify` runs them.
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/steps/',
    '<rootDir>/.workshop/',
    // The CLI's tests run the fixture workshop's step tests, as they run a learner's.
    '/fixture-workshop/',
  ],
};

// Their time limit per test (a project's testTimeout would be ignored: see the file).
const slowTestTimeout = '<rootDir>/workshop/jest/slow-test-timeout.ts';

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{solution,workshop,packages}/**/*.test.ts'],
      testPathIgnorePatterns: [
        ...shared.testPathIgnorePatterns,
        '\\.(integration|property|browser)\\.test\\.ts$',
      ],
    },
    {
      ...shared,
      displayName: 'property',
      testMatch: ['<rootDir>/{solution,workshop,packages}/**/*.property.test.ts'],
    },
    // Two files at a time share 2 cores (and `npm test` runs verify beside them): a test that
    // takes 1 s alone can take several.
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{solution,workshop,packages}/**/*.integration.test.ts'],
      setupFilesAfterEnv: [...shared.setupFilesAfterEnv, slowTestTimeout],
    },
    // A real browser (npm test and npm run test:browser find one first, or leave it out).
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/{solution,workshop,packages}/**/*.browser.test.ts'],
      setupFilesAfterEnv: [...shared.setupFilesAfterEnv, slowTestTimeout],
    },
  ],
};
