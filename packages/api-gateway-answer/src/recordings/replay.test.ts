import { recordings } from './index';
import { describeProvenance } from './recording';
import { compare, replay } from './replay';

// Every answer recorded from real AWS, replayed through the model: any difference fails.
describe('the model reproduces every recorded AWS answer', () => {
  it.each(recordings.map((r) => [r.integration, r.name, r] as const))(
    '%s: %s',
    async (_, __, recording) => {
      const differences = await replay(recording);
      expect({ recording: describeProvenance(recording.provenance), differences }).toEqual({
        recording: describeProvenance(recording.provenance),
        differences: [],
      });
    },
  );

  it('covers every REST Lambda-proxy case of test_aws_proxy_response_payload_format_validation', () => {
    const cases = recordings
      .filter(
        (r) =>
          'test' in r.provenance &&
          r.provenance.test.test === 'test_aws_proxy_response_payload_format_validation',
      )
      .map((r) => r.provenance.case);
    expect(cases.sort()).toEqual(
      [
        'invoke-api-no-body',
        'invoke-api-with-headers',
        'invoke-api-with-headers-null',
        'invoke-api-wrong-format',
        'invoke-api-empty-response',
        'invoke-api-b64-encoded-true',
        'invoke-api-b64-encoded-false',
        'invoke-api-multi-headers-valid',
        'invoke-api-multi-headers-overwrite',
        'invoke-api-multi-headers-overwrite-casing',
        'invoke-api-multi-headers-invalid',
        'invoke-api-invalid-status-code',
        'invoke-api-status-code-str',
        'invoke-api-just-string',
        'invoke-api-only-headers',
      ].sort(),
    );
  });

  it('says what differs, so a failing replay is readable', () => {
    expect(
      compare(
        {
          statusCode: 200,
          headers: { 'Content-Type': 'application/json' },
          body: { json: { a: 1 } },
        },
        { statusCode: 502, headers: {}, body: '{"a":2}' },
      ),
    ).toEqual([
      'status: AWS 200, model 502',
      'header Content-Type: AWS "application/json", model undefined',
      'body: AWS {"a":1}, model {"a":2}',
    ]);
  });

  it('tells bytes from text, and compares bytes by their base64', () => {
    const bytes = { statusCode: 200, body: { bytes: 'aGk=' } };
    expect(compare(bytes, { statusCode: 200, headers: {}, body: 'aGk=' })).toEqual([
      'body: AWS bytes (base64) aGk=, model "aGk="',
    ]);
    expect(
      compare(bytes, { statusCode: 200, headers: {}, body: 'aGk=', bodyEncoding: 'base64' }),
    ).toEqual([]);
    expect(
      compare(
        { statusCode: 200, body: { text: 'aGk=' } },
        { statusCode: 200, headers: {}, body: 'aGk=', bodyEncoding: 'base64' },
      ),
    ).toEqual(['body: AWS text, model bytes (base64) aGk=']);
    expect(compare({ statusCode: 500 }, { statusCode: 500, headers: {}, body: 'any' })).toEqual([]);
  });
});
