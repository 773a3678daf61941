import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LocalApi } from '../local-api/local-api';
import { serve } from './serve-command';

// `api-gateway-answer serve` on a service outside the workshop: a compiled template written
// by hand and its handlers as plain JavaScript, with no build step and no framework.
const arn = (id: string) => ({
  'Fn::Join': [
    '',
    [
      'arn:aws:apigateway:eu-west-1:lambda:path/functions/',
      { 'Fn::GetAtt': [id, 'Arn'] },
      '/invocations',
    ],
  ],
});
const method = (verb: string, fn: string) => ({
  Type: 'AWS::ApiGateway::Method',
  Properties: {
    HttpMethod: verb,
    ResourceId: { Ref: 'Orders' },
    RestApiId: { Ref: 'Api' },
    Integration: { Type: 'AWS_PROXY', Uri: arn(fn) },
  },
});
const template = {
  Resources: {
    Ok: {
      Type: 'AWS::Lambda::Function',
      Properties: { Handler: 'src/handler.ok', Environment: { Variables: { GREETING: 'hi' } } },
    },
    Boom: { Type: 'AWS::Lambda::Function', Properties: { Handler: 'src/handler.boom' } },
    Missing: { Type: 'AWS::Lambda::Function', Properties: { Handler: 'src/gone.main' } },
    // As cdk synth writes it: the code in an asset folder beside the template.
    FromAsset: {
      Type: 'AWS::Lambda::Function',
      Properties: { Handler: 'index.handler' },
      Metadata: { 'aws:asset:path': 'asset.0123abcd' },
    },
    Api: { Type: 'AWS::ApiGateway::RestApi', Properties: {} },
    Orders: {
      Type: 'AWS::ApiGateway::Resource',
      Properties: { ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: 'orders' },
    },
    Get: method('GET', 'Ok'),
    Post: method('POST', 'Boom'),
    Put: method('PUT', 'Missing'),
    Patch: method('PATCH', 'FromAsset'),
    Deployment: { Type: 'AWS::ApiGateway::Deployment', Properties: { StageName: 'prod' } },
  },
};
const handlers = `
exports.ok = async (event) => ({ statusCode: 201, body: JSON.stringify({ path: event.path, greeting: process.env.GREETING }) });
exports.boom = async () => { throw new Error('no such order'); };
`;

let folder: string;
let api: LocalApi;
const lines: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'serve-command-'));
  mkdirSync(path.join(folder, 'build', 'src'), { recursive: true });
  writeFileSync(path.join(folder, 'build', 'src', 'handler.js'), handlers);
  writeFileSync(path.join(folder, 'template.json'), JSON.stringify(template));
  mkdirSync(path.join(folder, 'asset.0123abcd'));
  writeFileSync(
    path.join(folder, 'asset.0123abcd', 'index.js'),
    'exports.handler = async () => ({ statusCode: 202, body: "from the asset" });',
  );
  api = await serve(
    {
      template: path.join(folder, 'template.json'),
      code: path.join(folder, 'build'),
      port: 0,
      host: '127.0.0.1',
    },
    (line) => lines.push(line),
  );
});
afterAll(async () => {
  await api?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('api-gateway-answer serve', () => {
  it('prints the routes it serves, on the stage of the template', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/REST API +GET +http:\/\/localhost:\d+\/prod\/orders/),
    );
  });

  it("answers with the function's response, its environment set from the template", async () => {
    const response = await fetch(`${api.baseUrl}/orders`);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ path: '/orders', greeting: 'hi' });
  });

  it("answers a throw with API Gateway's 502, and says the rule and its evidence", async () => {
    const response = await fetch(`${api.baseUrl}/orders`, { method: 'POST' });
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('{"message": "Internal server error"}');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^POST \/prod\/orders → 502 .*the function threw Error: "no such order".*\(recorded\)$/,
      ),
    );
  });

  it("reads a function's code from its CDK asset folder, beside the template", async () => {
    const response = await fetch(`${api.baseUrl}/orders`, { method: 'PATCH' });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('from the asset');
  });

  it('answers a handler whose module is missing as Lambda would: a failed invocation, a 502', async () => {
    const response = await fetch(`${api.baseUrl}/orders`, { method: 'PUT' });
    expect(response.status).toBe(502);
    expect(lines).toContainEqual(
      expect.stringMatching(/PUT \/prod\/orders → 502 .*Runtime\.ImportModuleError/),
    );
  });
});
