// How long the slowest test files take, in seconds (measured with --json on the 2-core
// machine, npm test's load): the order jest starts them in when it has no timing of its own
// (a fresh clone, CI), where it would go by file size and could start a slow small file last.
// Approximate on purpose: only the order matters. Update it when a file's time changes much
// (docs/maintainers/performance.md says how to measure).
module.exports = {
  'workshop/cli/watch.integration.test.ts': 45,
  'workshop/cli/learner-cli.integration.test.ts': 38,
  'workshop/dev/dev.integration.test.ts': 25,
  'workshop/verify/cors-in-a-browser.browser.test.ts': 17,
  'workshop/verify/cfn-lint.integration.test.ts': 13,
  'workshop/local-vs-aws/local-vs-aws.integration.test.ts': 12,
  'solution/test/handler.property.test.ts': 10,
  'workshop/recorder/record-local.integration.test.ts': 9,
  'workshop/cli/serve-ports.integration.test.ts': 8,
  'workshop/serverless/serverless-offline.integration.test.ts': 8,
  'workshop/cli/serve-dir.integration.test.ts': 7,
  'workshop/front-door/never-falls-over.property.test.ts': 7,
  'workshop/front-door/front-door.integration.test.ts': 5,
  'workshop/front-door/any-service.integration.test.ts': 5,
};
