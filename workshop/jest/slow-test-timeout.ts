// The integration and browser projects' time limit per test. Not `testTimeout` in a project
// of jest.config.js: jest reads that option from the root config only, so each project's
// was silently 5 s, and a first compile of a template on a loaded machine (two `npm test`
// side by side) went past it. A limit that catches a hang, not a speed target.
jest.setTimeout(60_000);
