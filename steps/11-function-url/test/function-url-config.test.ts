import path from 'node:path';
import { loadOnce } from '@workshop/jest/load-once';
import { packageService, resourcesOfType } from '@workshop/serverless/package-service';

const ALLOWED = 'http://localhost:5173';

// The local API does not serve function URLs (serverless-offline 13, its issue #1382): the
// URL is checked in the CloudFormation your serverless.yml makes, and its answers through
// the model beside this file. The template only: nothing goes to AWS.
const packaged = loadOnce(() =>
  packageService(path.resolve(__dirname, '..'), { templateOnly: true }),
);

interface UrlProperties {
  AuthType?: string;
  Cors?: { AllowOrigins?: string[]; ExposeHeaders?: string[]; AllowHeaders?: string[] };
}
const functionUrl = () =>
  resourcesOfType(packaged(), 'AWS::Lambda::Url')[0]?.Properties as UrlProperties | undefined;

describe('the function URL in the CloudFormation your serverless.yml makes', () => {
  it('exists: an AWS::Lambda::Url for the function', () => {
    expect(resourcesOfType(packaged(), 'AWS::Lambda::Url')).toHaveLength(1);
  });

  it('is public (AuthType NONE): a page in a browser cannot sign its requests', () => {
    expect(functionUrl()?.AuthType).toBe('NONE');
  });

  it('lets the allowed origin only read its answers, not *', () => {
    expect(functionUrl()?.Cors?.AllowOrigins).toEqual([ALLOWED]);
  });

  it('lets a page read the X-Request-Id header of every answer', () => {
    expect(functionUrl()?.Cors?.ExposeHeaders?.map((name) => name.toLowerCase())).toContain(
      'x-request-id',
    );
  });

  it('keeps the HTTP API of step 10 beside it', () => {
    expect(
      resourcesOfType(packaged(), 'AWS::ApiGatewayV2::Route').map(
        (route) => route.Properties.RouteKey,
      ),
    ).toContain('POST /throw');
  });
});
