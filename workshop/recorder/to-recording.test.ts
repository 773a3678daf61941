import type { ProbeRun } from 'api-gateway-answer/evidence';
import { replay } from 'api-gateway-answer/evidence';
import { findCase, type ProbeCase } from './cases';
import { clientAnswer, toRecording } from './to-recording';

const run: ProbeRun = {
  target: 'aws',
  recorded: '2026-11-25T16:00:00.000Z',
  region: 'us-east-2',
  framework: 'osls 3.77.1',
  endpoint: 'https://a1b2c3.execute-api.us-east-2.amazonaws.com/record',
};
const probeCase = (id: string) => findCase(id) as ProbeCase;

describe('turning an HTTP answer into a recording', () => {
  it("keeps the headers the model is responsible for, notes the gateway ids, and leaves the network's out", () => {
    const headers = new Headers({
      'content-type': 'application/json',
      'test-header': 'value',
      'header-bool': 'true',
      'x-amzn-requestid': 'r-1',
      'x-amz-apigw-id': 'g-1',
      via: '1.1 cloudfront',
      date: 'Wed, 25 Nov 2026 16:00:00 GMT',
    });
    expect(
      clientAnswer(probeCase('payload-invoke-api-with-headers'), {
        status: 200,
        headers,
        body: '',
      }),
    ).toEqual({
      statusCode: 200,
      headers: {
        'content-type': 'application/json',
        'test-header': 'value',
        'header-bool': 'true',
      },
      presentHeaders: ['x-amzn-requestid', 'x-amz-apigw-id'],
      body: { text: '' },
    });
  });

  it('records a header the function set that did not come, and the remapped ones under their new names', () => {
    const headers = new Headers({
      'content-type': 'application/json',
      'x-amzn-remapped-server': 'probe',
      server: 'awselb',
    });
    const answer = clientAnswer(probeCase('workshop-remapped-headers'), {
      status: 200,
      headers,
      body: '',
    });
    expect(answer.headers).toEqual({
      'content-type': 'application/json',
      'x-amzn-remapped-server': 'probe',
    });
    expect(answer.absentHeaders).toBeUndefined();
    expect(
      clientAnswer(probeCase('workshop-array-header'), {
        status: 502,
        headers: new Headers({ 'content-type': 'application/json' }),
        body: '{"message": "Internal server error"}',
      }),
    ).toMatchObject({
      absentHeaders: ['x-probe-list'],
      body: { json: { message: 'Internal server error' } },
    });
  });

  it('makes a recording the model replays: an answer as AWS recorded it agrees, another one differs', async () => {
    const agreeing = toRecording(
      probeCase('payload-invoke-api-status-code-str'),
      { status: 201, headers: new Headers({ 'content-type': 'application/json' }), body: '' },
      run,
    );
    expect(agreeing).toMatchObject({
      integration: 'proxy',
      lambda: { result: { statusCode: '201' } },
      provenance: { probe: run, case: 'payload-invoke-api-status-code-str' },
    });
    await expect(replay(agreeing)).resolves.toEqual([]);
    const differing = toRecording(
      probeCase('payload-invoke-api-status-code-str'),
      {
        status: 502,
        headers: new Headers({ 'content-type': 'application/json' }),
        body: '{"message": "Internal server error"}',
      },
      run,
    );
    await expect(replay(differing)).resolves.toEqual([
      'status: AWS 502, model 201',
      'body: AWS {"message":"Internal server error"}, model ',
    ]);
  });

  it('keeps the deployed integration responses of a Lambda-integration route when it has them', () => {
    const deployed = [
      { StatusCode: '200', SelectionPattern: '', ResponseParameters: {}, ResponseTemplates: {} },
    ];
    const recording = toRecording(
      probeCase('passthrough-lambda-aws-integration'),
      { status: 200, headers: new Headers(), body: '{"message":"hello world"}' },
      run,
      deployed,
    );
    expect(recording).toMatchObject({
      integration: 'lambda',
      responses: deployed,
      client: { body: { json: { message: 'hello world' } } },
    });
  });
});
