import { endpointFor, parseStackInfo } from './stack-info';

// `serverless info --verbose` as osls 3 prints it for the workshop's service (ids made up).
const INFO = `service: lambda-http-errors
stage: dev
region: us-east-2
stack: lambda-http-errors-dev
endpoints:
  POST - https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev/throw
  OPTIONS - https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev/throw
  POST - https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev/throw-lambda
functions:
  throw_error: lambda-http-errors-dev-throw_error
  throw_error_lambda: lambda-http-errors-dev-throw_error_lambda

Stack Outputs:
  ThrowUnderscoreerrorLambdaFunctionQualifiedArn: arn:aws:lambda:us-east-2:123456789012:function:lambda-http-errors-dev-throw_error:3
  ServiceEndpoint: https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev
  ServerlessDeploymentBucketName: lambda-http-errors-dev-serverlessdeploymentbucket-abc
`;

describe('the stack info', () => {
  it('gives the service endpoint and every route', () => {
    expect(parseStackInfo(INFO)).toEqual({
      serviceEndpoint: 'https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev',
      endpoints: [
        { method: 'POST', url: 'https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev/throw' },
        {
          method: 'OPTIONS',
          url: 'https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev/throw',
        },
        {
          method: 'POST',
          url: 'https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev/throw-lambda',
        },
      ],
    });
  });

  it('finds a route by method and path, not by a path that only starts the same', () => {
    const info = parseStackInfo(INFO);
    expect(endpointFor(info, 'POST', '/throw')).toBe(
      'https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev/throw',
    );
    expect(endpointFor(info, 'POST', '/throw-lambda')).toBe(
      'https://a1b2c3d4e5.execute-api.us-east-2.amazonaws.com/dev/throw-lambda',
    );
  });

  it('falls back on the service endpoint when no route is listed, and says nothing when neither is', () => {
    expect(
      endpointFor(
        parseStackInfo('Stack Outputs:\n  ServiceEndpoint: https://x.example/dev/\n'),
        'POST',
        '/throw',
      ),
    ).toBe('https://x.example/dev/throw');
    expect(
      endpointFor(parseStackInfo('Stack lambda-http-errors-dev does not exist'), 'POST', '/throw'),
    ).toBeUndefined();
  });
});
