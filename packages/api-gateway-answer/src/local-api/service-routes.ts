import { writtenResponseParameter } from '../configuration-mistakes';
import type { IntegrationResponse } from '../index';
import type { NotModelled } from './not-modelled';
import type { CloudFormationResource, CompiledService } from './template';

/** A Lambda function as the template declares it. */
export interface FunctionSpec {
  /** The function's key in serverless.yml, e.g. `throw_error`. */
  name: string;
  /** `src/handler.throwError`: the file without its extension, a dot, the export. */
  handler: string;
  /** Lambda's timeout, in seconds (the framework's default is 6). */
  timeout: number;
  environment: Record<string, string>;
  /** The folder of its code, relative to the template's (cdk synth's asset folder), when the template says. */
  codeFolder?: string;
}

/** One method of the REST API, e.g. POST /throw. */
export interface RestRoute {
  kind: 'rest';
  method: string;
  /** `/throw`, without the stage. */
  path: string;
  integration: 'AWS_PROXY' | 'AWS' | 'MOCK' | string;
  /** The function behind AWS_PROXY and AWS. */
  function?: FunctionSpec;
  /** The integration timeout, in seconds. */
  integrationTimeout: number;
  /** AWS and MOCK: how the outcome becomes the answer. */
  integrationResponses: IntegrationResponse[];
  /** AWS: the request templates, by content type. */
  requestTemplates: Record<string, string>;
}

export interface GatewayResponseSpec {
  type: string;
  statusCode?: string;
  parameters: Record<string, string>;
  templates: Record<string, string>;
  /** Its parameters as serverless.yml writes them (variables unresolved), when it does. */
  writtenParameters?: Record<string, unknown>;
}

export interface HttpApiRoute {
  kind: 'httpApi';
  /** `POST` or `*` for ANY. */
  method: string;
  /** `/throw`, or `$default`. */
  path: string;
  function: FunctionSpec;
  payloadFormat: '1.0' | '2.0';
  integrationTimeout: number;
}

/** CloudFormation's CORS configuration, as AWS::ApiGatewayV2::Api and AWS::Lambda::Url take it. */
export interface CfnCors {
  AllowOrigins?: string[];
  AllowHeaders?: string[];
  AllowMethods?: string[];
  AllowCredentials?: boolean;
  ExposeHeaders?: string[];
  MaxAge?: number;
}

export interface FunctionUrlSpec {
  function: FunctionSpec;
  cors?: CfnCors;
  authType: string;
  invokeMode: string;
}

/** Everything the deploy would configure that decides what a client receives. */
export interface ServiceRoutes {
  stage: string;
  rest: RestRoute[];
  gatewayResponses: GatewayResponseSpec[];
  binaryMediaTypes: string[];
  httpApi?: { cors?: CfnCors; routes: HttpApiRoute[] };
  functionUrls: FunctionUrlSpec[];
  functions: FunctionSpec[];
  /** What the local API does not model, or AWS would refuse (not-modelled.ts): 501 on its routes. */
  notModelled?: NotModelled[];
}

type Resources = Record<string, CloudFormationResource>;

/** Reads the routes from the compiled template: what API Gateway and Lambda are told, not what serverless.yml says. */
export function serviceRoutes(compiled: CompiledService): ServiceRoutes {
  const { config, resources } = compiled;
  const functions = new Map<string, FunctionSpec>();
  const functionNames = Object.keys(config.functions ?? {});
  for (const [id, resource] of Object.entries(resources)) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const props = resource.Properties;
    const asset = resource.Metadata?.['aws:asset:path'];
    functions.set(id, {
      name: functionNames.find((name) => logicalFunctionId(name) === id) ?? id,
      handler: String(props.Handler),
      timeout: Number(props.Timeout ?? 6),
      environment: stringValues(
        (props.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables,
      ),
      ...(typeof asset === 'string' ? { codeFolder: asset } : {}),
    });
  }
  const functionOf = (reference: unknown): FunctionSpec | undefined => {
    const id = getAttTarget(reference);
    return id === undefined ? undefined : functions.get(id);
  };

  const restApi = Object.values(resources).find(
    (resource) => resource.Type === 'AWS::ApiGateway::RestApi',
  );
  const deployment = Object.values(resources).find(
    (resource) => resource.Type === 'AWS::ApiGateway::Deployment',
  );
  const stage = String(deployment?.Properties.StageName ?? config.provider?.stage ?? 'dev');

  const rest: RestRoute[] = ofType(resources, 'AWS::ApiGateway::Method').map(([, method]) => {
    const props = method.Properties;
    const integration = (props.Integration ?? {}) as Record<string, unknown>;
    return {
      kind: 'rest',
      method: String(props.HttpMethod),
      path: resourcePath(resources, props.ResourceId),
      integration: String(integration.Type),
      function: functionOf(integration.Uri),
      integrationTimeout: Number(integration.TimeoutInMillis ?? 29_000) / 1000,
      integrationResponses: (integration.IntegrationResponses ?? []) as IntegrationResponse[],
      requestTemplates: (integration.RequestTemplates ?? {}) as Record<string, string>,
    };
  });

  const gatewayResponses = ofType(resources, 'AWS::ApiGateway::GatewayResponse').map(
    ([id, response]) => ({
      type: String(response.Properties.ResponseType),
      statusCode:
        response.Properties.StatusCode === undefined
          ? undefined
          : String(response.Properties.StatusCode),
      parameters: (response.Properties.ResponseParameters ?? {}) as Record<string, string>,
      templates: (response.Properties.ResponseTemplates ?? {}) as Record<string, string>,
      writtenParameters: Object.fromEntries(
        Object.keys(response.Properties.ResponseParameters ?? {}).map((name) => [
          name,
          writtenResponseParameter(compiled, id, name),
        ]),
      ),
    }),
  );

  const api = ofType(resources, 'AWS::ApiGatewayV2::Api')[0]?.[1];
  const integrations = new Map(ofType(resources, 'AWS::ApiGatewayV2::Integration'));
  const httpApi =
    api === undefined
      ? undefined
      : {
          cors: api.Properties.CorsConfiguration as CfnCors | undefined,
          routes: ofType(resources, 'AWS::ApiGatewayV2::Route').flatMap(([, route]) => {
            const integrationId = refIn(route.Properties.Target);
            const integration =
              integrationId === undefined ? undefined : integrations.get(integrationId);
            const fn = functionOf(integration?.Properties.IntegrationUri);
            if (integration === undefined || fn === undefined) return [];
            const key = String(route.Properties.RouteKey);
            const [method, path] = key === '$default' ? ['*', '$default'] : key.split(' ');
            return [
              {
                kind: 'httpApi' as const,
                method: method === 'ANY' ? '*' : method,
                path,
                function: fn,
                payloadFormat:
                  String(integration.Properties.PayloadFormatVersion ?? '2.0') === '1.0'
                    ? ('1.0' as const)
                    : ('2.0' as const),
                integrationTimeout: Number(integration.Properties.TimeoutInMillis ?? 30_000) / 1000,
              },
            ];
          }),
        };

  const functionUrls = ofType(resources, 'AWS::Lambda::Url').flatMap(([, url]) => {
    const fn = functionOf(url.Properties.TargetFunctionArn);
    if (fn === undefined) return [];
    return [
      {
        function: fn,
        cors: url.Properties.Cors as CfnCors | undefined,
        authType: String(url.Properties.AuthType ?? 'NONE'),
        invokeMode: String(url.Properties.InvokeMode ?? 'BUFFERED'),
      },
    ];
  });

  return {
    stage,
    rest,
    gatewayResponses,
    binaryMediaTypes: ((restApi?.Properties.BinaryMediaTypes ?? []) as string[]).map((type) =>
      // CloudFormation escapes the slash of a media type as ~1.
      type.replace(/~1/g, '/'),
    ),
    httpApi,
    functionUrls,
    functions: [...functions.values()],
  };
}

/** The framework's logical id of a function: `throw_error` → `ThrowUnderscoreerrorLambdaFunction`. */
function logicalFunctionId(name: string): string {
  const normalized = name.replace(/-/g, 'Dash').replace(/_/g, 'Underscore');
  return `${normalized.charAt(0).toUpperCase()}${normalized.slice(1)}LambdaFunction`;
}

export function ofType(
  resources: Resources,
  type: string,
): Array<[string, CloudFormationResource]> {
  return Object.entries(resources).filter(([, resource]) => resource.Type === type);
}

/** The path of an API Gateway resource, walking its parents up to the root: `/throw`. */
export function resourcePath(resources: Resources, reference: unknown): string {
  const parts: string[] = [];
  let id = refIn(reference);
  while (id !== undefined) {
    const resource = resources[id];
    if (resource === undefined || resource.Type !== 'AWS::ApiGateway::Resource') break;
    parts.unshift(String(resource.Properties.PathPart));
    id = refIn(resource.Properties.ParentId);
  }
  return `/${parts.join('/')}`;
}

/** `{ Ref: X }` → X. */
export function refIn(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.Ref === 'string') return record.Ref;
  const join = record['Fn::Join'] as [string, unknown[]] | undefined;
  if (Array.isArray(join)) for (const part of join[1]) if (refIn(part)) return refIn(part);
  return undefined;
}

/** The logical id named by a `Fn::GetAtt [X, Arn]`, also inside a `Fn::Join`. */
export function getAttTarget(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const getAtt = record['Fn::GetAtt'];
  if (Array.isArray(getAtt)) return String(getAtt[0]);
  const join = record['Fn::Join'] as [string, unknown[]] | undefined;
  if (Array.isArray(join))
    for (const part of join[1]) {
      const found = getAttTarget(part);
      if (found !== undefined) return found;
    }
  return undefined;
}

function stringValues(variables: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(variables ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  );
}
