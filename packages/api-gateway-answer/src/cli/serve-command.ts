import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LocalApi, routesOf } from '../local-api/local-api';
import type { NotModelled } from '../local-api/not-modelled';
import { requiredFunctions } from '../local-api/required-functions';
import type { CloudFormationResource, CompiledService, ServiceConfig } from '../local-api/template';

export const SERVE_USAGE = `Usage: api-gateway-answer serve --template <template.json> [--code <folder>] [--config <config.json>] [--port <number>] [--host <address>]

Serves the REST API, HTTP API and function URLs of a compiled CloudFormation template
(serverless package: .serverless/cloudformation-template-update-stack.json; cdk synth:
cdk.out/<Stack>.template.json; SAM: the processed template), answering each request as AWS
would by the model of api-gateway-answer, with one line per request that says why.

  --template  the compiled template, JSON
  --code      the folder a function's Handler is relative to, holding built JavaScript
              (src/handler.main is <code>/src/handler.js, export main); default: the current
              folder. A function with cdk synth's aws:asset:path is read from its asset folder
  --config    serverless.yml's settings as JSON (serverless print --format json), for the
              function names and the checks that read it; optional
  --port      the API's port (default 3000; 0: a free one); function URLs take port + 100 and up
  --host      the address to listen on (default 127.0.0.1)`;

export interface ServeArguments {
  template: string;
  code: string;
  config?: string;
  port: number;
  host: string;
}

/** The command line's arguments, or why they cannot be used. */
export function parseServeArguments(args: string[]): ServeArguments | { problem: string } {
  const values: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 2) {
    const flag = args[index];
    const value = args[index + 1];
    if (!['--template', '--code', '--config', '--port', '--host'].includes(flag))
      return { problem: `unknown argument ${JSON.stringify(flag)}` };
    if (value === undefined || value.startsWith('--')) return { problem: `${flag} needs a value` };
    values[flag.slice(2)] = value;
  }
  if (values.template === undefined) return { problem: '--template is required' };
  const port = Number(values.port ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return { problem: `--port must be a whole number from 0 to 65535, got ${values.port}` };
  return {
    template: values.template,
    code: values.code ?? '.',
    ...(values.config === undefined ? {} : { config: values.config }),
    port,
    host: values.host ?? '127.0.0.1',
  };
}

/** The template's resources and the configuration, or why the template cannot be served. */
export function readService(template: string, config?: string): CompiledService {
  const resources = readJson(template, 'template').Resources as
    | Record<string, CloudFormationResource>
    | undefined;
  if (resources === null || typeof resources !== 'object')
    throw new Error(`${template} has no Resources: is it a CloudFormation template?`);
  const sam = Object.entries(resources).find(([, resource]) =>
    String(resource?.Type).startsWith('AWS::Serverless::'),
  );
  if (sam !== undefined)
    throw new Error(
      `${template} holds ${sam[1].Type} (${sam[0]}): SAM's resources become API Gateway and Lambda resources in CloudFormation's transform, which this command does not run. Serve the processed template: aws cloudformation get-template --stack-name <stack> --template-stage Processed.`,
    );
  const webSocket = Object.entries(resources).find(
    ([, resource]) =>
      resource?.Type === 'AWS::ApiGatewayV2::Api' &&
      (resource.Properties as { ProtocolType?: string } | undefined)?.ProtocolType === 'WEBSOCKET',
  );
  if (webSocket !== undefined)
    throw new Error(
      `${template} holds a WebSocket API (${webSocket[0]}): this command models REST APIs, HTTP APIs and function URLs only.`,
    );
  for (const resource of Object.values(resources)) resource.Properties ??= {};
  return {
    resources,
    config: config === undefined ? {} : (readJson(config, 'config') as ServiceConfig),
  };
}

function readJson(file: string, what: string): Record<string, unknown> {
  if (!existsSync(file)) throw new Error(`The ${what} ${file} does not exist.`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(
      `The ${what} ${file} is not JSON (${(error as Error).message}). ${what === 'template' ? 'cdk synth writes JSON to cdk.out/; serverless package to .serverless/.' : ''}`.trim(),
    );
  }
}

/** What the local API does on the routes of each kind of gap. */
const afterGap: Record<NotModelled['kind'], string> = {
  'not modelled': '(its routes answer 501)',
  'refused at deploy': '(its routes answer 501: on AWS they would not exist)',
  'ignored by the framework': '(its routes answer as on AWS, as if it were absent)',
};

/** `serve`: starts the local API, prints its routes and what it does not model, then a line per request. */
export async function serve(
  args: ServeArguments,
  print: (line: string) => void = console.log,
): Promise<LocalApi> {
  const routes = routesOf(readService(args.template, args.config));
  const functions = requiredFunctions(
    path.resolve(args.code),
    path.dirname(path.resolve(args.template)),
  );
  const api = await LocalApi.start({
    current: () => ({ routes, functions }),
    port: args.port,
    host: args.host,
    onLine: print,
  });
  print('api-gateway-answer: a local API that answers as AWS would, by the model.');
  for (const route of api.servedRoutes())
    print(`  ${route.door.padEnd(12)} ${route.method.padEnd(7)} ${route.url}`);
  for (const gap of api.notModelled())
    print(`  ${gap.kind}: ${gap.resource}, ${gap.property}: ${gap.reason} ${afterGap[gap.kind]}`);
  return api;
}
