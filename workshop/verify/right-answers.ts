/** One edit to a step's reference answer: `find` (which must be in `file`) becomes `replace`. */
export interface AnswerEdit {
  slug: string;
  name: string;
  file: string;
  find: string;
  replace: string;
}

/**
 * Other right answers: each is one edit to a step's reference answer that still does what
 * the step's page asks, in another way a learner might well write it. `npm run verify`
 * proves every one passes every test of its step: the tests judge the behaviour, not the
 * reference answer's wording.
 */
export const otherRightAnswers: AnswerEdit[] = [
  // On Lambda every console level reaches CloudWatch Logs; the page asks for a line of JSON.
  {
    slug: '02-read-the-request',
    name: 'logs with console.info',
    file: 'src/handler.ts',
    find: 'console.log(',
    replace: 'console.info(',
  },

  {
    slug: '03-return-400',
    name: 'a Content-Type with its charset',
    file: 'src/handler.ts',
    find: "'Content-Type': 'application/json'",
    replace: "'Content-Type': 'application/json; charset=utf-8'",
  },

  // Node prints an Error passed to console.error with its stack: that is the whole error too.
  {
    slug: '07-one-error-mapping',
    name: "console.error('Unexpected error', error)",
    file: 'src/with-error-mapping.ts',
    find: "      const { name, message, stack } =\n        error instanceof Error\n          ? error\n          : { name: typeof error, message: String(error), stack: undefined };\n      console.error(\n        JSON.stringify({\n          level: 'error',\n          message: 'Unhandled error',\n          error: { name, message, stack },\n        }),\n      );",
    replace: "      console.error('Unexpected error', error);",
  },
  {
    slug: '09-lambda-integration',
    name: "console.error('Unexpected error', error)",
    file: 'src/with-lambda-errors.ts',
    find: "      const { name, message, stack } =\n        error instanceof Error\n          ? error\n          : { name: typeof error, message: String(error), stack: undefined };\n      console.error(\n        JSON.stringify({\n          level: 'error',\n          message: 'Unhandled error',\n          error: { name, message, stack },\n        }),\n      );",
    replace: "      console.error('Unexpected error', error);",
  },
  {
    slug: '10-http-api',
    name: "console.error('Unexpected error', error)",
    file: 'src/with-http-api-errors.ts',
    find: "      const { name, message, stack } =\n        error instanceof Error\n          ? error\n          : { name: typeof error, message: String(error), stack: undefined };\n      console.error(\n        JSON.stringify({\n          level: 'error',\n          message: 'Unhandled error',\n          error: { name, message, stack },\n        }),\n      );",
    replace: "      console.error('Unexpected error', error);",
  },
  // The framework's default, written out: the checks read the template, not the YAML's wording.
  {
    slug: '10-http-api',
    name: "payload: '2.0' written out",
    file: 'serverless.yml',
    find: '  httpApi:\n',
    replace: "  httpApi:\n    payload: '2.0'\n",
  },
];
