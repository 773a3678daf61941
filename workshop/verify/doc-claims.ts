import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Evidence, evidence, httpApiEvidence } from 'api-gateway-answer/evidence';
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
  {
    claim: 'a function URL documents its status range, 100 to 599',
    evidence: httpApiEvidence.urlStatusRange,
    files: ['docs/local-vs-aws.md'],
    says: /function URL documents the range/,
    neverSays: /outside 100–599: unverified; the model only requires/,
  },
  {
    claim: "the Content-Type of the function URL's 502 is inferred",
    evidence: httpApiEvidence.urlErrorContentType,
    files: ['docs/11-function-url.md'],
    says: /`Content-Type: text\/plain` inferred/,
  },
  {
    claim: 'a URL without url.cors is unreadable only because this function sets no CORS headers',
    evidence: httpApiEvidence.urlCorsBoth,
    files: ['docs/11-function-url.md', 'steps/11-function-url/test/function-url-config.test.ts'],
    says: /sets no CORS headers/,
    neverSays:
      /a URL without one gives a browser\s+nothing it may read|no CORS configuration: a browser can read none/,
  },
  {
    claim: "a browser never checks the page's POST against url.cors.allowedMethods",
    evidence: httpApiEvidence.corsSafelistedMethods,
    files: ['docs/11-function-url.md'],
    says: /"CORS-safelisted"/,
    neverSays: /leaves the page's `POST` out/,
  },
  {
    claim:
      'one console call is one log event because the runtime frames it, not because it turns \\n into \\r',
    evidence: evidence.consoleCallOneRecord,
    files: ['docs/02-read-the-request.md', 'workshop/jest/console-capture.ts'],
    says: /one framed record|one record/,
    neverSays: /keeps a call whole: it turns its line breaks|runtime turns its line breaks into/,
  },
  {
    claim:
      'payload 1.0 behind an HTTP API serves an unknown key: it does not validate as REST does',
    evidence: httpApiEvidence.v1UnknownKeyServed,
    files: ['README.md', 'docs/README.md', 'docs/10-http-api.md'],
    says: /unknown key/,
    neverSays: /payload 1\.0 malformed: 500|a result it cannot read is a \*\*500\*\*/,
  },
  {
    claim: 'payload 2.0: {errorMessage} without statusCode is a 500, not an inferred 200',
    evidence: httpApiEvidence.v2ErrorDocument,
    files: ['README.md', 'docs/README.md', 'docs/10-http-api.md'],
    says: /errorMessage/,
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
