// Jest configuration for the mutation runs (npm run mutation): the step tests, as
// workshop/jest/steps.config.js runs them, over the copies in WORKSHOP_STEP_ROOTS (each
// step with its answer laid over, and the solution). Tests that start a local API or package
// the service end in .integration.test.ts and are left out: the local API runs the handler
// in a process of its own, built by esbuild, where Stryker cannot switch a mutant on, and one
// run of them takes seconds. The solution's property tests (10,000 generated events, and a
// package of the service) are left out too: a run of them takes tens of seconds, so every
// mutant must be killed by a unit test, which says what is wrong in words. The unit tests
// beside them judge the same code.
const steps = require('../jest/steps.config.js');

module.exports = {
  ...steps,
  testPathIgnorePatterns: [
    ...steps.testPathIgnorePatterns,
    '\\.integration\\.test\\.ts$',
    '\\.property\\.test\\.ts$',
  ],
};
