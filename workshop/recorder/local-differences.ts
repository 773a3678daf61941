/**
 * The probe cases whose status differs on serverless-offline 13 from API
 * Gateway's, as `npm run record:aws -- --target local` shows them. docs/local-vs-aws.md lists
 * each (by case id, with the row that explains it), and record-local.integration.test.ts
 * fails if serverless-offline starts answering otherwise. Every other difference the run prints is
 * in a header or a body (Content-Type with `; charset=utf-8`, an empty 502 body…).
 */
export const localStatusDifferences: Record<string, { local: number; why: string }> = {
  'payload-invoke-api-wrong-format': {
    local: 200,
    why: 'an unknown key is accepted (`POST /extra-key`)',
  },
  'format-wrong-format': { local: 200, why: 'an unknown key is accepted (`POST /extra-key`)' },
  'payload-invoke-api-just-string': {
    local: 200,
    why: 'a bare string is sent as the body (`POST /bare-string`)',
  },
  'payload-invoke-api-multi-headers-invalid': {
    local: 200,
    why: 'a multiValueHeaders value that is not an array is sent',
  },
  'payload-invoke-api-invalid-status-code': {
    local: 500,
    why: 'a statusCode of "test" is its own 500',
  },
  'workshop-throws-with-status': {
    local: 400,
    why: 'the status in a thrown message is used (`POST /throws-with-status`)',
  },
  'workshop-cookies-key': { local: 200, why: 'a cookies key is accepted' },
  'workshop-base64-string': {
    local: 200,
    why: 'isBase64Encoded "false" is accepted, and the body decoded',
  },
  'workshop-array-header': { local: 200, why: 'an array header value is sent' },
  'workshop-array-result': { local: 200, why: 'an array result is accepted' },
  'workshop-fractional-status': { local: 400, why: 'statusCode 400.5 is sent as 400' },
  'refused-invocation-payload-with-get-proxy-method': {
    local: 200,
    why: "it ignores the probe's GET integration (resources.extensions) and runs the function",
  },
  'patterns-lambda-selection-pattern-400': {
    local: 502,
    why: 'no "[NNN]" in the message: 502, whatever the patterns',
  },
  'overlap-lambda-selection-pattern-400': {
    local: 502,
    why: 'no "[NNN]" in the message: 502, whatever the patterns',
  },
  'template-response-template-202': {
    local: 200,
    why: '$context.responseOverride.status is not applied',
  },
  'template-response-template-400': {
    local: 200,
    why: '$context.responseOverride.status is not applied',
  },
};
