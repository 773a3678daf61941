import path from 'node:path';
import { loadOnce } from '@workshop/jest/load-once';
import { packageService, resourcesOfType } from '@workshop/serverless/package-service';
import { resolvedConfig } from '@workshop/serverless/resolved-config';

const stepFolder = path.resolve(__dirname, '..');
const ALLOWED = 'http://localhost:5173';

// The template only: it does not depend on the handlers' code, so a save that changes only
// src/ reuses the package made from the same serverless.yml.
const loaded = loadOnce(async () => ({
  config: await resolvedConfig(stepFolder, { ALLOWED_ORIGIN: undefined }),
  service: await packageService(stepFolder, { templateOnly: true }),
}));

describe('serverless.yml and the CloudFormation it makes', () => {
  it('gives the function the allowed origin as ALLOWED_ORIGINS', () => {
    expect(loaded().config.provider?.environment?.ALLOWED_ORIGINS).toBe(ALLOWED);
  });

  it('lets the OPTIONS preflight allow that origin only, not *', () => {
    const options = resourcesOfType(loaded().service, 'AWS::ApiGateway::Method').find(
      (method) => method.Properties.HttpMethod === 'OPTIONS',
    );
    const responses =
      (
        options?.Properties.Integration as
          | { IntegrationResponses?: Array<{ ResponseParameters?: Record<string, string> }> }
          | undefined
      )?.IntegrationResponses ?? [];
    expect(
      responses[0]?.ResponseParameters?.['method.response.header.Access-Control-Allow-Origin'],
    ).toBe(`'${ALLOWED}'`);
  });

  it.each(['DEFAULT_4XX', 'DEFAULT_5XX'])(
    "makes API Gateway's own %s answers carry Access-Control-Allow-Origin",
    (type) => {
      const response = resourcesOfType(loaded().service, 'AWS::ApiGateway::GatewayResponse').find(
        (resource) => resource.Properties.ResponseType === type,
      );
      expect(
        response
          ? 'declared'
          : `resources declares no AWS::ApiGateway::GatewayResponse with ResponseType ${type}, so API Gateway's own ${type} answers carry no Access-Control-Allow-Origin`,
      ).toBe('declared');
      expect(response?.Properties).toMatchObject({
        RestApiId: { Ref: 'ApiGatewayRestApi' },
        ResponseParameters: {
          'gatewayresponse.header.Access-Control-Allow-Origin': `'${ALLOWED}'`,
        },
      });
    },
  );
});
