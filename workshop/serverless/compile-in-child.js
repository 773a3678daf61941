// Compiles a service's CloudFormation resources with the framework's own AWS plugins and
// prints them as JSON: `node compile-in-child.js <folder> <repoRoot>`, the resolved
// serverless.yml (JSON) on standard input. A process of its own, run on a cache miss only
// (compile-template.ts): the framework loads modules a test runner cannot, and sets
// process-wide state that must not leak into a server or a test.
const { mkdtempSync, writeFileSync, rmSync } = require('node:fs');
const { createRequire } = require('node:module');
const os = require('node:os');
const path = require('node:path');

const TEMPLATE_EVENTS = [
  'package:cleanup',
  'package:initialize',
  'package:setupProviderConfiguration',
  'package:compileFunctions',
  'package:compileLayers',
  'package:compileEvents',
];

async function main() {
  // The folder (argv[2]) is named for ps and for errors only: the configuration comes resolved.
  const repoRoot = process.argv[3];
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const config = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const Serverless = createRequire(path.join(repoRoot, 'package.json'))(
    'serverless/lib/serverless',
  );
  // compileFunctions reads the zip's path only, to name it in the template: an empty file does.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'workshop-template-'));
  try {
    const artifact = path.join(scratch, 'service.zip');
    writeFileSync(artifact, '');
    const customResources = config.resources?.Resources ?? {};
    delete config.plugins;
    config.package = { ...(config.package ?? {}), artifact };
    config.provider = { ...(config.provider ?? {}), versionFunctions: false };
    const framework = new Serverless({
      commands: ['package'],
      options: { stage: config.provider.stage ?? 'dev' },
      // The framework writes .serverless/ into its service folder (the core template) and
      // removes it first: a scratch folder, never the learner's, where a watcher or a second
      // compile of the same folder would see it come and go. The configuration is resolved.
      serviceDir: scratch,
      configuration: config,
      configurationFilename: 'serverless.yml',
      variablesMeta: new Map(),
      isTelemetryReportedExternally: true,
    });
    await framework.init();
    // What framework.run() does before the lifecycle, which is skipped here: without it every
    // function is nameless (no FunctionName, log group /aws/lambda/undefined).
    framework.service.mergeArrays();
    framework.service.setFunctionNames(framework.processedInput.options);
    for (const event of TEMPLATE_EVENTS)
      for (const phase of ['before:', '', 'after:'])
        for (const { hook } of framework.pluginManager.hooks[`${phase}${event}`] ?? [])
          await hook();
    // `resources.Resources` are merged at package:finalize, which also writes files: merged here.
    const resources = {
      ...framework.service.provider.compiledCloudFormationTemplate.Resources,
      ...customResources,
    };
    process.stdout.write(JSON.stringify(resources));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(error.message);
  process.exit(1);
});
