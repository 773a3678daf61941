// Jest transform for the learner-facing step tests: TypeScript to CommonJS with esbuild, the
// compiler serverless-esbuild uses for the Lambda bundle. Like ts-jest in its transpile-only
// mode (what the project's own tests use), it checks no types: verify type-checks the tests
// and answers with tsc. It is here for speed: a step's test run took 0.9 s with ts-jest, which
// loads TypeScript on every run even when its cache holds every file, and 0.5 s with this.
const { createHash } = require('node:crypto');
const { transformSync, version } = require('esbuild');

const options = { loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline' };

module.exports = {
  getCacheKey(source, file) {
    return createHash('sha256')
      .update(version)
      .update(JSON.stringify(options))
      .update(file)
      .update('\0')
      .update(source)
      .digest('hex');
  },
  process(source, file) {
    return { code: transformSync(source, { ...options, sourcefile: file }).code };
  },
};
