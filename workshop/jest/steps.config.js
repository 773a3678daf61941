// Jest configuration for the learner-facing step tests. The folders to test come from
// WORKSHOP_STEP_ROOTS (separated by the platform's path delimiter): `workshop test N`
// passes the learner's step folder, `workshop verify` its temporary copies.
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const roots = (process.env.WORKSHOP_STEP_ROOTS || path.join(repoRoot, 'steps'))
  .split(path.delimiter)
  .filter(Boolean);

module.exports = {
  transform: { '^.+\\.ts$': '<rootDir>/workshop/jest/esbuild-transform.js' },
  testEnvironment: 'node',
  rootDir: repoRoot,
  roots,
  testMatch: ['**/test/**/*.test.ts'],
  moduleNameMapper: {
    '^@workshop/(.*)$': '<rootDir>/workshop/$1',
    '^api-gateway-answer$': '<rootDir>/packages/api-gateway-answer/src/index.ts',
    '^api-gateway-answer/(.*)$': '<rootDir>/packages/api-gateway-answer/src/$1',
  },
  setupFilesAfterEnv: ['<rootDir>/workshop/testing/setup-matchers.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Starting the local API (steps 04 and 05) includes a first esbuild run.
  testTimeout: 90000,
};
