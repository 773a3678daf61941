import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Evidence, evidence } from '../api-gateway/sources';
import { repoRoot } from '../paths';

/**
 * A sentence the pages (or a file the learner reads) must say, or must no longer say, because
 * of what an AWS rule's evidence shows. Each pins a correction to its evidence, so a page
 * cannot drift back to the old wording unnoticed.
 */
export interface DocClaim {
  /** What the page must teach, in a few words (the test's name). */
  claim: string;
  evidence: Evidence;
  /** Repository-relative files. */
  files: string[];
  says?: RegExp;
  neverSays?: RegExp;
}

export const docClaims: DocClaim[] = [
  {
    claim: 'no gateway response can give the 413 REQUEST_TOO_LARGE a CORS header',
    evidence: evidence.requestTooLarge,
    files: [
      'docs/08-cors-on-errors.md',
      'answers/08-cors-on-errors/serverless.yml',
      'answers/09-lambda-integration/serverless.yml',
      'serverless.yml',
    ],
    says: /413/,
    neverSays: /429, 413/,
  },
  {
    claim: "API Gateway's own 502 shows its x-amzn-errortype, rated reported",
    evidence: evidence.errorTypeHeader,
    files: ['docs/06-bad-input-never-502.md'],
    says: /x-amzn-errortype: InternalServerErrorException[\s\S]*reported, not documented/,
  },
  {
    claim: 'a Lambda proxy passes Content-Length through',
    evidence: evidence.contentLengthPassed,
    files: ['docs/local-vs-aws.md'],
    says: /`Content-Length` passes through/,
    neverSays: /remaps `Date`,\s+`Server`, `Content-Length`/,
  },
];

/** What a file breaks of a claim: empty when it says what it must and nothing it must not. */
export function claimProblems(claim: DocClaim): string[] {
  return claim.files.flatMap((file) => {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    const problems: string[] = [];
    if (claim.says && !claim.says.test(text)) problems.push(`${file} does not say ${claim.says}`);
    if (claim.neverSays?.test(text)) problems.push(`${file} still says ${claim.neverSays}`);
    return problems;
  });
}
