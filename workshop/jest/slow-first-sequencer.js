// Jest's order of the test files: the slowest first, so that its two workers end together
// rather than one running a slow file alone at the end. Jest's own order does that only with
// its timings of a previous run; without them (a fresh clone, CI) it goes by file size, and
// a small slow file (the cfn-lint test) started last made the run 30 s longer. So: the last
// run's time when jest has one, else the time known-durations.js gives, else 1 s (a file
// never timed: before the many quick unit files, after the known slow ones). Failed files
// first still, as jest does: their result is the one a developer waits for.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const knownDurations = require('./known-durations');

const repoRoot = path.resolve(__dirname, '..', '..');
const UNTIMED_SECONDS = 1;

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const expected = (test) => {
      const timed = this.time(test);
      if (timed != null) return timed / 1000;
      const relative = path.relative(repoRoot, test.path).split(path.sep).join('/');
      return knownDurations[relative] ?? UNTIMED_SECONDS;
    };
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    const keyed = tests.map((test) => ({
      test,
      failed: this.hasFailed(test),
      seconds: expected(test),
      bytes: size(test),
    }));
    keyed.sort(
      (a, b) => Number(b.failed) - Number(a.failed) || b.seconds - a.seconds || b.bytes - a.bytes,
    );
    return keyed.map((each) => each.test);
  }
}

module.exports = SlowFirstSequencer;
