import type { FunctionSpec, ServiceRoutes } from '../service-routes';

// A service with every kind of route the local API serves, as serviceRoutes reads one from a
// compiled template, for the doors' tests in process.

/** A function whose timeout is 1 ms: one that never settles is stopped at once. */
const fn = (name: string): FunctionSpec => ({
  name,
  handler: `src/handler.${name}`,
  timeout: 0.001,
  environment: {},
});

const proxy = fn('proxy');
const lambda = fn('lambda');
const v2 = fn('v2');
const v1 = fn('v1');
const url = fn('url');

/** A service with every kind of route the local API serves, as serviceRoutes reads one. */
export const everyRoute: ServiceRoutes = {
  stage: 'dev',
  rest: [
    {
      kind: 'rest',
      method: 'POST',
      path: '/throw',
      integration: 'AWS_PROXY',
      function: proxy,
      integrationTimeout: 29,
      integrationResponses: [],
      requestTemplates: {},
    },
    {
      kind: 'rest',
      method: 'GET',
      path: '/items/{id}',
      integration: 'AWS_PROXY',
      function: proxy,
      integrationTimeout: 0.0005,
      integrationResponses: [],
      requestTemplates: {},
    },
    {
      kind: 'rest',
      method: 'POST',
      path: '/throw-lambda',
      integration: 'AWS',
      function: lambda,
      integrationTimeout: 29,
      integrationResponses: [
        { StatusCode: 200, SelectionPattern: '' },
        {
          StatusCode: 400,
          SelectionPattern: '.*\\[400\\].*',
          ResponseParameters: { 'method.response.header.X-Note': "'four hundred'" },
          ResponseTemplates: { 'application/json': "$input.path('$.errorMessage')" },
        },
      ],
      requestTemplates: {},
    },
    {
      kind: 'rest',
      method: 'OPTIONS',
      path: '/throw',
      integration: 'MOCK',
      integrationTimeout: 29,
      integrationResponses: [
        {
          StatusCode: 200,
          ResponseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
        },
      ],
      requestTemplates: {},
    },
    {
      kind: 'rest',
      method: 'POST',
      path: '/http',
      integration: 'HTTP_PROXY',
      integrationTimeout: 29,
      integrationResponses: [],
      requestTemplates: {},
    },
  ],
  gatewayResponses: [
    {
      type: 'DEFAULT_5XX',
      parameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" },
      templates: {},
    },
  ],
  binaryMediaTypes: ['image/png'],
  httpApi: {
    cors: { AllowOrigins: ['http://localhost:5173'], AllowMethods: ['POST'] },
    routes: [
      {
        kind: 'httpApi',
        method: 'POST',
        path: '/v2/throw',
        function: v2,
        payloadFormat: '2.0',
        integrationTimeout: 30,
      },
      {
        kind: 'httpApi',
        method: '*',
        path: '/v1/{id}',
        function: v1,
        payloadFormat: '1.0',
        integrationTimeout: 30,
      },
    ],
  },
  functionUrls: [{ function: url, authType: 'NONE', invokeMode: 'BUFFERED', cors: undefined }],
  functions: [proxy, lambda, v2, v1, url],
};
