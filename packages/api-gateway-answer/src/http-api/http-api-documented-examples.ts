import type { ClientAnswer } from '../recordings/recording';
import { httpApiSources } from './evidence';

/**
 * Where a documented example comes from: an AWS page, and the commit of AWS's own public copy
 * of it that holds the example (documented, not recorded: AWS wrote it, nobody captured it).
 */
export interface DocumentedExampleSource {
  page: string;
  repository: 'awsdocs/amazon-api-gateway-developer-guide';
  path: string;
  commit: string;
  /** The page's section that shows it. */
  section: string;
  /** When this project read it, ISO 8601. */
  read: string;
}

/** An HTTP API (payload 2.0) answer AWS's guide shows for a function's result. */
export interface HttpApiDocumentedExample {
  name: string;
  /** What the function returned. */
  result: unknown;
  client: ClientAnswer;
  source: DocumentedExampleSource;
}

// No public recording of an HTTP API's answers exists (docs/evidence.md says where we looked);
// AWS's guide shows how API Gateway interprets two results, and these replay them. The
// archived public copy of the guide holds the same table as the live page.
const responseFormat2: DocumentedExampleSource = {
  page: `${httpApiSources.lambdaIntegration}#http-api-develop-integrations-lambda.v2`,
  repository: 'awsdocs/amazon-api-gateway-developer-guide',
  path: 'doc_source/http-api-develop-integrations-lambda.md',
  commit: '0597a972eb8fdb5732b2d93633e1a3a71b94543a',
  section:
    'Lambda function response for format 2.0, the table "Lambda function output / API Gateway interpretation"',
  read: '2026-12-08',
};
const JSON_TYPE = { 'Content-Type': 'application/json' };

export const httpApiDocumentedExamples: HttpApiDocumentedExample[] = [
  {
    name: 'a string result: a 200 whose body is the string, unquoted',
    result: 'Hello from Lambda!',
    client: { statusCode: 200, headers: JSON_TYPE, body: { text: 'Hello from Lambda!' } },
    source: responseFormat2,
  },
  {
    name: 'an object without statusCode: a 200 whose body is the object as JSON',
    result: { message: 'Hello from Lambda!' },
    client: {
      statusCode: 200,
      headers: JSON_TYPE,
      body: { json: { message: 'Hello from Lambda!' } },
    },
    source: responseFormat2,
  },
];

export function describeDocumentedExample(source: DocumentedExampleSource): string {
  return `${source.page} (${source.section}), as in ${source.repository} ${source.path} at ${source.commit}, read ${source.read}`;
}
