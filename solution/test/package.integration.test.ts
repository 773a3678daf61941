import { rmSync } from 'node:fs';
import { repoRoot } from '@workshop/serverless/framework';
import { packageService, resourcesOfType, type PackagedService } from '@workshop/serverless/package-service';

let service: PackagedService;
beforeAll(async () => {
  service = await packageService(repoRoot);
}, 120_000);
afterAll(() => rmSync(service.folder, { recursive: true, force: true }));

describe('serverless package (nothing leaves this machine)', () => {
  it('zips the bundled handler and nothing else: no node_modules, no TypeScript sources', () => {
    expect(service.entries.map((entry) => entry.name)).toEqual(['solution/src/handler.js']);
  });

  it('bundles the handler minified, without the AWS SDK and with no runtime dependency: under 2 KiB', () => {
    // The bare 400 handler of step 05 zips to under 1 KiB (its own test checks it); the
    // solution adds the input checks and the error mapping of steps 06 and 07.
    expect(service.zipBytes).toBeLessThanOrEqual(2048);
    expect(service.entries[0].size).toBeLessThan(4096);
  });

  it('deploys the function on nodejs22.x', () => {
    const [fn] = resourcesOfType(service, 'AWS::Lambda::Function');
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Handler: 'solution/src/handler.throwError' });
  });

  it('wires POST /throw to the function with the Lambda-proxy integration (AWS_PROXY)', () => {
    const methods = resourcesOfType(service, 'AWS::ApiGateway::Method');
    const post = methods.find((method) => method.Properties.HttpMethod === 'POST');
    expect(post?.Properties.Integration).toMatchObject({ Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST' });
    const [resource] = resourcesOfType(service, 'AWS::ApiGateway::Resource');
    expect(resource.Properties.PathPart).toBe('throw');
  });

  it('adds the OPTIONS preflight for the allowed origin only, on a MOCK integration', () => {
    const options = resourcesOfType(service, 'AWS::ApiGateway::Method').find((method) => method.Properties.HttpMethod === 'OPTIONS');
    expect(options?.Properties.Integration).toMatchObject({
      Type: 'MOCK',
      IntegrationResponses: [expect.objectContaining({ ResponseParameters: expect.objectContaining({ 'method.response.header.Access-Control-Allow-Origin': "'http://localhost:5173'" }) })],
    });
  });

  it("gives API Gateway's own 4XX and 5XX answers the CORS header too (gateway responses)", () => {
    const responses = resourcesOfType(service, 'AWS::ApiGateway::GatewayResponse');
    expect(responses.map((response) => response.Properties.ResponseType).sort()).toEqual(['DEFAULT_4XX', 'DEFAULT_5XX']);
    for (const response of responses) {
      expect(response.Properties).toMatchObject({ RestApiId: { Ref: 'ApiGatewayRestApi' }, ResponseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'http://localhost:5173'" } });
    }
  });

  it('passes the allowed origin to the function', () => {
    const [fn] = resourcesOfType(service, 'AWS::Lambda::Function');
    expect(fn.Properties.Environment).toEqual({ Variables: { ALLOWED_ORIGINS: 'http://localhost:5173' } });
  });
});
