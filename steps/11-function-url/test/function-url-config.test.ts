import path from 'node:path';
import {
  compileTemplate,
  loadOnce,
  RESPONSE_STREAM_NOT_MODELLED,
  resourcesOfType,
} from '@workshop/testing';

const ALLOWED = 'http://localhost:5173';

// The local API does not serve function URLs (serverless-offline 13, its issue #1382): the
// URL is checked in the CloudFormation your serverless.yml makes, and its answers through
// the model beside this file. The CloudFormation only, compiled by the framework from
// serverless.yml: nothing goes to AWS.
const packaged = loadOnce(() => compileTemplate(path.resolve(__dirname, '..')));

interface UrlProperties {
  TargetFunctionArn?: unknown;
  AuthType?: string;
  InvokeMode?: string;
  Cors?: {
    AllowOrigins?: string[];
    ExposeHeaders?: string[];
    AllowHeaders?: string[];
    AllowMethods?: string[];
  };
}
/** The URL's settings; a failure that says what is missing when there is no URL. */
function functionUrl(): UrlProperties {
  const [url] = resourcesOfType(packaged(), 'AWS::Lambda::Url');
  if (url === undefined)
    throw new Error(
      'The CloudFormation has no AWS::Lambda::Url: give throw_error_http_api a `url` in serverless.yml, next to its handler.',
    );
  return url.Properties as UrlProperties;
}

/** The URL's own CORS configuration; a failure that says so when it has none. */
function urlCors(): NonNullable<UrlProperties['Cors']> {
  const { Cors } = functionUrl();
  if (Cors === undefined)
    throw new Error(
      "The function URL has no CORS configuration, and this function sets no CORS headers of its own: a browser can read none of its answers. The HTTP API's cors does not apply to it: give the URL its own, `url.cors`.",
    );
  return Cors;
}

describe('the function URL in the CloudFormation your serverless.yml makes', () => {
  it('exists: an AWS::Lambda::Url for the function', () => {
    expect(functionUrl().TargetFunctionArn).toBeDefined();
  });

  it('is public (AuthType NONE): a page in a browser cannot sign its requests', () => {
    const { AuthType } = functionUrl();
    expect(
      AuthType === 'NONE'
        ? 'public'
        : `AuthType ${String(AuthType)}: the URL takes only requests signed with AWS credentials (url.authorizer: aws_iam), which a page in a browser cannot send. Leave authorizer out`,
    ).toBe('public');
  });

  it('answers in the default invoke mode, BUFFERED: the function returns its answer whole', () => {
    const { InvokeMode } = functionUrl();
    expect(
      InvokeMode === undefined || InvokeMode === 'BUFFERED'
        ? 'BUFFERED'
        : InvokeMode === 'RESPONSE_STREAM'
          ? `${RESPONSE_STREAM_NOT_MODELLED}.`
          : `InvokeMode ${String(InvokeMode)}`,
    ).toBe('BUFFERED');
  });

  it('lets the allowed origin only read its answers, not *', () => {
    expect(urlCors().AllowOrigins).toEqual([ALLOWED]);
  });

  it('lets a page read the X-Request-Id header of every answer', () => {
    const exposed = urlCors().ExposeHeaders ?? [];
    expect(
      exposed.some((name) => name.toLowerCase() === 'x-request-id')
        ? 'X-Request-Id exposed'
        : `url.cors.exposedResponseHeaders is [${exposed.join(', ')}], without X-Request-Id: a page may read only the response headers listed there`,
    ).toBe('X-Request-Id exposed');
  });

  it('keeps the HTTP API of step 10 beside it', () => {
    expect(
      resourcesOfType(packaged(), 'AWS::ApiGatewayV2::Route').map(
        (route) => route.Properties.RouteKey,
      ),
    ).toContain('POST /throw');
  });

  it("keeps the HTTP API's own CORS of step 10 (provider.httpApi.cors): url.cors does not replace it", () => {
    const cors = resourcesOfType(packaged(), 'AWS::ApiGatewayV2::Api')[0]?.Properties
      .CorsConfiguration as { AllowOrigins?: string[] } | undefined;
    expect(
      cors === undefined
        ? "the HTTP API has no CORS configuration any more: a browser can no longer read POST /throw's answers. Keep provider.httpApi.cors of step 10 beside url.cors"
        : cors.AllowOrigins,
    ).toEqual([ALLOWED]);
  });
});
