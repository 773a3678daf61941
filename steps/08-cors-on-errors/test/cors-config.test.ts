import { rmSync } from 'node:fs';
import path from 'node:path';
import { packageService, resourcesOfType, type PackagedService } from '@workshop/serverless/package-service';
import { resolvedConfig, type ResolvedConfig } from '@workshop/serverless/resolved-config';

const stepFolder = path.resolve(__dirname, '..');
const ALLOWED = 'http://localhost:5173';

let config: ResolvedConfig;
let service: PackagedService;
beforeAll(async () => {
  [config, service] = await Promise.all([resolvedConfig(stepFolder, { ALLOWED_ORIGIN: undefined }), packageService(stepFolder)]);
});
afterAll(() => service && rmSync(service.folder, { recursive: true, force: true }));

describe('serverless.yml and the CloudFormation it makes', () => {
  it('gives the function the allowed origin as ALLOWED_ORIGINS', () => {
    expect((config.provider as { environment?: Record<string, string> } | undefined)?.environment?.ALLOWED_ORIGINS).toBe(ALLOWED);
  });

  it('lets the OPTIONS preflight allow that origin only, not *', () => {
    const options = resourcesOfType(service, 'AWS::ApiGateway::Method').find((method) => method.Properties.HttpMethod === 'OPTIONS');
    const responses = (options?.Properties.Integration as { IntegrationResponses?: Array<{ ResponseParameters?: Record<string, string> }> } | undefined)?.IntegrationResponses ?? [];
    expect(responses[0]?.ResponseParameters?.['method.response.header.Access-Control-Allow-Origin']).toBe(`'${ALLOWED}'`);
  });

  it.each(['DEFAULT_4XX', 'DEFAULT_5XX'])("makes API Gateway's own %s answers carry Access-Control-Allow-Origin", (type) => {
    const response = resourcesOfType(service, 'AWS::ApiGateway::GatewayResponse').find((resource) => resource.Properties.ResponseType === type);
    expect(response?.Properties).toMatchObject({
      RestApiId: { Ref: 'ApiGatewayRestApi' },
      ResponseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': `'${ALLOWED}'` },
    });
  });
});
