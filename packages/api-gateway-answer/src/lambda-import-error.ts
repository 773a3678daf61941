import type { LambdaErrorDocument } from './lambda-integration';

/**
 * What Lambda reports when the handler's module cannot load (a dependency left out of the
 * bundle): an error the function never threw, and whose message spans several lines.
 */
export const lambdaImportError: LambdaErrorDocument = {
  errorType: 'Runtime.ImportModuleError',
  errorMessage:
    "Error: Cannot find module 'pg'\nRequire stack:\n- /var/task/src/lambda-handler.js\n- /var/runtime/index.mjs",
  trace: [],
};
