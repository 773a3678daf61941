/**
 * Mutants no client can tell from the reference answer, with the reason: StrykerJS counts
 * them as ignored (the table's Equivalent column) instead of running the tests on them.
 * They live here, not as `// Stryker disable` comments in the answers, because the answers
 * are what a learner reads after solving a step.
 *
 * Each entry names a file of the answers (and of the solution, which carries the same file)
 * and the code the mutants are on, as its text, so that it follows the code when lines move:
 * `mark-equivalents.ts` finds it in every copy Stryker mutates, and fails the run with the
 * entry's name when the code is no longer there.
 */
export interface Equivalent {
  /** The file, as the answer and the solution hold it: `src/with-cors.ts`. */
  file: string;
  /**
   * The code, line by line, as the file has it without indentation: one line, or a few
   * consecutive ones when one is not unique. It must be found exactly once in the file; the
   * mutants are on its first line.
   */
  code: string[];
  /**
   * `line`: the mutants on the first line only; `statement`: those of the whole statement (or
   * declaration) that starts on it, over as many lines as it takes.
   */
  span: 'line' | 'statement';
  /** Stryker's names of the mutators whose mutants there are equivalent. */
  mutators: string[];
  /** Why no client can tell them apart: Stryker's report shows it beside each mutant. */
  reason: string;
}

/** A log line's words are free: the page asks for the whole error, on console.error. */
const UNHANDLED_ERROR_LOG: Omit<Equivalent, 'file'> = {
  code: ['console.error('],
  span: 'statement',
  mutators: ['StringLiteral'],
  reason: 'the page asks for the whole error on console.error; the words around it are free',
};

export const equivalents: Equivalent[] = [
  {
    file: 'src/with-error-mapping.ts',
    code: ['console.log('],
    span: 'statement',
    mutators: ['ObjectLiteral', 'StringLiteral'],
    reason: 'a log line the page does not ask for, worded as the answer likes',
  },
  { file: 'src/with-error-mapping.ts', ...UNHANDLED_ERROR_LOG },
  { file: 'src/with-lambda-errors.ts', ...UNHANDLED_ERROR_LOG },
  { file: 'src/with-http-api-errors.ts', ...UNHANDLED_ERROR_LOG },
  {
    file: 'src/with-cors.ts',
    code: ["return (process.env.ALLOWED_ORIGINS ?? '')"],
    span: 'line',
    mutators: ['StringLiteral', 'MethodExpression'],
    reason:
      'the same origins allowed: unset or empty, no origin is allowed, and empty entries match no Origin header',
  },
];
