import { recordedTests } from '../sources';
import type { ProxyRecording } from './recording';

// Facts from LocalStack's AWS-validated test_aws_proxy_binary_response
// (localstack/localstack, Apache-2.0, tests/aws/services/apigateway/test_apigateway_lambda.py,
// validated on AWS 2025-01-29), re-stated as data. Its function returns the proxy result the
// test posts as the request's body; the test asserts the status, and the body either as the
// decoded bytes or as the base64 text. The test deploys three stages, each with its own
// binaryMediaTypes. Python's requests sends `Accept: */*` when the test names no Accept.

// A 1×1 transparent PNG, as the test has it.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/wIAAgkBAyMAlYwAAAAASUVORK5CYII=';

const png = (headers: Record<string, string> = { 'Content-Type': 'image/png' }) => ({
  statusCode: 200,
  body: PNG_BASE64,
  isBase64Encoded: true,
  headers: { ...headers, 'Cache-Control': 'no-cache' },
});

const NONE: string[] = [];
const STAGE_2 = ['image/png', '*/test'];
const STAGE_3 = ['image/png', 'application/*', 'image/jpg'];

const BYTES = { statusCode: 200, body: { bytes: PNG_BASE64 } };
const TEXT = { statusCode: 200, body: { text: PNG_BASE64 } };

interface Case {
  name: string;
  binaryMediaTypes: string[];
  accept: string;
  result?: Record<string, unknown>;
  client: ProxyRecording['client'];
}

const cases: Case[] = [
  {
    name: 'no binary media types, Accept image/png: the base64 text',
    binaryMediaTypes: NONE,
    accept: 'image/png',
    client: TEXT,
  },
  {
    name: 'Accept image/png, one of the binary media types: the bytes',
    binaryMediaTypes: STAGE_2,
    accept: 'image/png',
    client: BYTES,
  },
  {
    name: 'Accept image/jpg, not one of them: the base64 text',
    binaryMediaTypes: STAGE_2,
    accept: 'image/jpg',
    client: TEXT,
  },
  {
    name: 'Accept image/* does not match image/png: the base64 text',
    binaryMediaTypes: STAGE_2,
    accept: 'image/*',
    client: TEXT,
  },
  {
    name: 'Accept */test, with */test configured: the base64 text',
    binaryMediaTypes: STAGE_2,
    accept: '*/test',
    client: TEXT,
  },
  {
    name: 'Accept random/test, with */test configured: the base64 text',
    binaryMediaTypes: STAGE_2,
    accept: 'random/test',
    client: TEXT,
  },
  {
    name: 'Accept */*: the base64 text',
    binaryMediaTypes: STAGE_2,
    accept: '*/*',
    client: TEXT,
  },
  {
    name: 'image/png second in Accept: the base64 text (only the first counts)',
    binaryMediaTypes: STAGE_2,
    accept: 'image/webp,image/png,*/*;q=0.8',
    client: TEXT,
  },
  {
    name: 'image/png first in Accept: the bytes',
    binaryMediaTypes: STAGE_2,
    accept: 'image/png,image/*,*/*;q=0.8',
    client: BYTES,
  },
  {
    name: 'isBase64Encoded: false, Accept image/png: the body as it is',
    binaryMediaTypes: STAGE_2,
    accept: 'image/png',
    result: { ...png(), isBase64Encoded: false },
    client: TEXT,
  },
  {
    name: 'application/* configured, Accept application/whatever: the bytes',
    binaryMediaTypes: STAGE_3,
    accept: 'application/whatever',
    result: png({ 'Content-Type': 'application/test' }),
    client: BYTES,
  },
  {
    name: 'application/* configured, Accept application/test: the bytes',
    binaryMediaTypes: STAGE_3,
    accept: 'application/test',
    result: png({ 'Content-Type': 'application/test' }),
    client: BYTES,
  },
  {
    name: 'application/* configured, Accept application/*: the bytes',
    binaryMediaTypes: STAGE_3,
    accept: 'application/*',
    result: png({ 'Content-Type': 'application/test' }),
    client: BYTES,
  },
  {
    name: 'Content-Type image/png, Accept image/jpg (another binary type): the bytes',
    binaryMediaTypes: STAGE_3,
    accept: 'image/jpg',
    client: BYTES,
  },
  {
    name: 'Content-Type application/whatever, Accept image/png: the bytes',
    binaryMediaTypes: STAGE_3,
    accept: 'image/png',
    result: png({ 'Content-Type': 'application/whatever' }),
    client: BYTES,
  },
  {
    name: 'no Content-Type, Accept image/png: the bytes',
    binaryMediaTypes: STAGE_3,
    accept: 'image/png',
    result: png({}),
    client: BYTES,
  },
  {
    name: 'Accept application (no subtype): the base64 text',
    binaryMediaTypes: STAGE_3,
    accept: 'application',
    result: png({}),
    client: TEXT,
  },
  {
    name: "requests' default Accept */*: the base64 text",
    binaryMediaTypes: STAGE_3,
    accept: '*/*',
    result: png({}),
    client: TEXT,
  },
  {
    name: 'a body that is not base64, Accept image/png: 500',
    binaryMediaTypes: STAGE_3,
    accept: 'image/png',
    result: { ...png({}), body: 'èé+à)(' },
    // The test asserts the status only.
    client: { statusCode: 500 },
  },
];

export const binaryRecordings: ProxyRecording[] = cases.map((binaryCase) => ({
  integration: 'proxy',
  name: `binary: ${binaryCase.name}`,
  lambda: { result: binaryCase.result ?? png() },
  request: { headers: { 'User-Agent': 'python/test', Accept: binaryCase.accept } },
  api: { binaryMediaTypes: binaryCase.binaryMediaTypes },
  client: binaryCase.client,
  provenance: {
    test: recordedTests.binaryResponse,
    case: `binaryMediaTypes ${JSON.stringify(binaryCase.binaryMediaTypes)}, Accept ${binaryCase.accept}`,
  },
}));
