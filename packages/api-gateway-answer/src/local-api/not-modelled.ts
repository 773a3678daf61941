import {
  corsOnHttpApiEvent,
  unquotedGatewayResponseValue,
  writtenResponseParameter,
} from '../index';
import { notModelledSources as S } from './not-modelled-sources';
import { matchRoute } from './route-match';
import { getAttTarget, ofType, refIn, resourcePath } from './service-routes';
import type { CloudFormationResource, CompiledService } from './template';

/** A route a gap affects: a request on it answers 501. */
export interface AffectedRoute {
  door: 'REST API' | 'HTTP API';
  method: string;
  /** `/items/{id}` (REST, without the stage) or `/items/{id}` (HTTP API). */
  path: string;
}

/**
 * Something in the compiled template, or in serverless.yml, that the local API does not model
 * (an authorizer, an API key, …) or that AWS would refuse at deploy: named at start, and a
 * request on a route it affects answers 501 with `reason` rather than a guess. A key the
 * framework ignores ('ignored by the framework') is named too, but its routes are served as AWS
 * would serve them (as if the key were absent), each line noting it: AWS's answer is known.
 */
export interface NotModelled {
  /** The resource's logical id, or where serverless.yml says it: `functions.app.events[0].httpApi`. */
  resource: string;
  /** The property, with its value when that says more: `AuthorizationType: CUSTOM`. */
  property: string;
  reason: string;
  /**
   * What AWS does with it: it would refuse the deploy; it works there and not here; or the
   * framework ignores it, so the deploy goes through as if it were absent (served so here).
   */
  kind: 'refused at deploy' | 'not modelled' | 'ignored by the framework';
  /**
   * The routes it affects; none: it changes no answer to a single request here (a custom domain
   * changes the URL; throttling, caching and WAF change what AWS does under load or with rules).
   */
  routes: AffectedRoute[];
  /** The AWS page that says what AWS does with it (serve prints it under the entry). */
  source: string;
  /** For a key the framework ignores: the short note each affected request's line ends with. */
  note?: string;
}

type Resources = Record<string, CloudFormationResource>;

const MODELLED_INTEGRATIONS = ['AWS_PROXY', 'AWS', 'MOCK'];

/** Everything the local API does not model, or that AWS would refuse, in `compiled`. */
export function notModelledIn(compiled: CompiledService): NotModelled[] {
  const { resources } = compiled;
  const found: NotModelled[] = [
    ...restMethodGaps(resources),
    ...restResourceGaps(resources),
    ...httpApiGaps(resources),
    ...customDomains(resources),
    ...restStageSettings(resources),
    ...httpApiStageSettings(resources),
    ...wafAssociations(resources),
    ...customRequestTemplates(compiled),
    ...unquotedGatewayResponses(compiled),
    ...corsOnHttpApiEvents(compiled),
  ];
  return merged(found);
}

/** The gap that makes `method path` of `door` answer 501, if any. */
export function gapOn(
  gaps: readonly NotModelled[] | undefined,
  door: AffectedRoute['door'],
  route: { method: string; path: string },
): NotModelled | undefined {
  const method = route.method === '*' ? 'ANY' : route.method;
  return answered501(gaps).find((gap) =>
    gap.routes.some(
      (affected) =>
        affected.door === door && affected.method === method && affected.path === route.path,
    ),
  );
}

/** The gap of a route the local API does not serve at all (a non-Lambda integration) that `method path` reaches. */
export function gapReached(
  gaps: readonly NotModelled[] | undefined,
  door: AffectedRoute['door'],
  method: string,
  path: string,
): NotModelled | undefined {
  const routes = answered501(gaps).flatMap((gap) =>
    gap.routes.filter((route) => route.door === door).map((route) => ({ ...route, gap })),
  );
  return matchRoute(routes, method, path)?.route.gap;
}

/** The gaps whose routes answer 501: not those of a key the framework ignores, served as AWS would. */
function answered501(gaps: readonly NotModelled[] | undefined): NotModelled[] {
  return (gaps ?? []).filter((gap) => gap.kind !== 'ignored by the framework');
}

/**
 * The note on the console line of a request `door` answers while a key the framework ignores
 * affects its routes: the answer is AWS's, and this says why it may not be the one you meant.
 */
export function ignoredKeyNote(
  gaps: readonly NotModelled[] | undefined,
  door: AffectedRoute['door'],
): string | undefined {
  const ignored = (gaps ?? []).filter(
    (gap) =>
      gap.kind === 'ignored by the framework' && gap.routes.some((route) => route.door === door),
  );
  if (ignored.length === 0) return undefined;
  return [
    ...new Set(
      ignored.map((gap) => gap.note ?? `${gap.property} on ${gap.resource}: ${gap.reason}`),
    ),
  ].join('; ');
}

/** The message a 501 on an affected route answers with. */
export function gapMessage(gap: NotModelled): string {
  return gap.kind === 'refused at deploy'
    ? `AWS would refuse this deploy, so this route would not exist: ${gap.reason} (${gap.resource}, ${gap.property})`
    : `The workshop's local API does not model ${gap.reason} (${gap.resource}, ${gap.property}); AWS's answer is not known here.`;
}

function restMethodGaps(resources: Resources): NotModelled[] {
  const gaps: NotModelled[] = [];
  for (const [id, method] of ofType(resources, 'AWS::ApiGateway::Method')) {
    const props = method.Properties;
    const route: AffectedRoute = {
      door: 'REST API',
      method: String(props.HttpMethod),
      path: resourcePath(resources, props.ResourceId),
    };
    const authorization = String(props.AuthorizationType ?? 'NONE');
    if (authorization !== 'NONE')
      gaps.push({
        resource: refIn(props.AuthorizerId) ?? id,
        property: `AuthorizationType: ${authorization}`,
        reason: `an authorizer (${authorization}): it would decide who gets through, and the local API cannot run it`,
        kind: 'not modelled',
        routes: [route],
        source: S.restAuthorization,
      });
    if (props.ApiKeyRequired === true)
      gaps.push({
        resource: id,
        property: 'ApiKeyRequired: true',
        reason:
          'an API key: API Gateway would refuse a request without a valid x-api-key, and the local API cannot check one',
        kind: 'not modelled',
        routes: [route],
        source: S.usagePlans,
      });
    if (props.RequestValidatorId !== undefined)
      gaps.push({
        resource: refIn(props.RequestValidatorId) ?? id,
        property: 'RequestValidatorId',
        reason: 'a request validator: API Gateway would answer 400 to a request it rejects',
        kind: 'not modelled',
        routes: [route],
        source: S.requestValidation,
      });
    const integration = (props.Integration ?? {}) as Record<string, unknown>;
    const type = String(integration.Type);
    if (!MODELLED_INTEGRATIONS.includes(type))
      gaps.push({
        resource: id,
        property: `Integration.Type: ${type}`,
        reason: `a ${type} integration (only a Lambda function's, AWS_PROXY or AWS, and MOCK are modelled)`,
        kind: 'not modelled',
        routes: [route],
        source: S.restIntegrationTypes,
      });
    else if (type !== 'MOCK' && lambdaTarget(integration.Uri, resources) === undefined)
      gaps.push({
        resource: id,
        property: 'Integration.Uri',
        reason: `an ${type} integration with something other than a function of this service`,
        kind: 'not modelled',
        routes: [route],
        source: S.restIntegrationTypes,
      });
  }
  return gaps;
}

/** API keys and usage plans: the methods that need a key are named by their ApiKeyRequired. */
function restResourceGaps(resources: Resources): NotModelled[] {
  const keyed = ofType(resources, 'AWS::ApiGateway::Method')
    .filter(([, method]) => method.Properties.ApiKeyRequired === true)
    .map(([, method]) => ({
      door: 'REST API' as const,
      method: String(method.Properties.HttpMethod),
      path: resourcePath(resources, method.Properties.ResourceId),
    }));
  const reasons: Record<string, string> = {
    'AWS::ApiGateway::ApiKey': 'an API key',
    'AWS::ApiGateway::UsagePlan':
      "a usage plan: past its throttle or quota API Gateway answers 429 Too Many Requests (the account's Regional limit applies too); the local API counts no request",
  };
  return Object.entries(resources).flatMap(([id, resource]) =>
    reasons[resource.Type] === undefined
      ? []
      : [
          {
            resource: id,
            property: resource.Type,
            reason: reasons[resource.Type],
            kind: 'not modelled' as const,
            routes: keyed,
            source: S.usagePlans,
          },
        ],
  );
}

function httpApiGaps(resources: Resources): NotModelled[] {
  const gaps: NotModelled[] = [];
  for (const [id, route] of ofType(resources, 'AWS::ApiGatewayV2::Route')) {
    const key = String(route.Properties.RouteKey);
    const [method, path] = key === '$default' ? ['ANY', '$default'] : key.split(' ');
    const affected: AffectedRoute = { door: 'HTTP API', method, path };
    const authorization = String(route.Properties.AuthorizationType ?? 'NONE');
    if (authorization !== 'NONE')
      gaps.push({
        resource: refIn(route.Properties.AuthorizerId) ?? id,
        property: `AuthorizationType: ${authorization}`,
        reason: `an authorizer (${authorization}): it would decide who gets through, and the local API cannot run it`,
        kind: 'not modelled',
        routes: [affected],
        source: S.httpApiAuthorization,
      });
    const integrationId = refIn(route.Properties.Target);
    const integration = integrationId === undefined ? undefined : resources[integrationId];
    const type = String(integration?.Properties.IntegrationType ?? 'none');
    if (
      type !== 'AWS_PROXY' ||
      lambdaTarget(integration?.Properties.IntegrationUri, resources) === undefined
    )
      gaps.push({
        resource: integrationId ?? id,
        property: `IntegrationType: ${type}`,
        reason: `an HTTP API route to ${type === 'AWS_PROXY' ? 'something other than a function of this service' : `a ${type} integration`}`,
        kind: 'not modelled',
        routes: [affected],
        source: S.httpApiIntegrations,
      });
  }
  return gaps;
}

function customDomains(resources: Resources): NotModelled[] {
  const types = [
    'AWS::ApiGateway::DomainName',
    'AWS::ApiGateway::BasePathMapping',
    'AWS::ApiGatewayV2::DomainName',
    'AWS::ApiGatewayV2::ApiMapping',
  ];
  return Object.entries(resources)
    .filter(([, resource]) => types.includes(resource.Type))
    .map(([id, resource]) => ({
      resource: id,
      property: resource.Type,
      reason: 'a custom domain: here the API answers on localhost, at the paths the routes have',
      kind: 'not modelled' as const,
      routes: [],
      source: S.customDomains,
    }));
}

/** Stage settings of a REST API (a Stage, or a Deployment's StageDescription): caching and throttling. */
function restStageSettings(resources: Resources): NotModelled[] {
  const stages = [
    ...ofType(resources, 'AWS::ApiGateway::Stage').map(
      ([id, stage]) => [id, '', stage.Properties] as const,
    ),
    ...ofType(resources, 'AWS::ApiGateway::Deployment')
      .filter(([, deployment]) => isRecord(deployment.Properties.StageDescription))
      .map(
        ([id, deployment]) =>
          [
            id,
            'StageDescription.',
            deployment.Properties.StageDescription as Record<string, unknown>,
          ] as const,
      ),
  ];
  return stages.flatMap(([id, prefix, settings]) => {
    const methodSettings = Array.isArray(settings.MethodSettings)
      ? settings.MethodSettings.filter(isRecord)
      : [];
    const all = [settings, ...methodSettings];
    const gaps: NotModelled[] = [];
    if (all.some((each) => each.CacheClusterEnabled === true || each.CachingEnabled === true))
      gaps.push({
        resource: id,
        property: `${prefix}${settings.CacheClusterEnabled === true ? 'CacheClusterEnabled' : 'MethodSettings.CachingEnabled'}: true`,
        reason:
          'a stage cache: API Gateway may answer a request from its cache without calling the function; here every request reaches the function',
        kind: 'not modelled',
        routes: [],
        source: S.caching,
      });
    if (
      all.some(
        (each) => each.ThrottlingRateLimit !== undefined || each.ThrottlingBurstLimit !== undefined,
      )
    )
      gaps.push({
        resource: id,
        property: `${prefix}ThrottlingRateLimit / ThrottlingBurstLimit`,
        reason:
          "throttling: past the stage's or the account's Regional limit API Gateway answers 429 Too Many Requests; the local API counts no request",
        kind: 'not modelled',
        routes: [],
        source: S.restThrottling,
      });
    return gaps;
  });
}

/** An HTTP API stage's route throttling (DefaultRouteSettings or RouteSettings). */
function httpApiStageSettings(resources: Resources): NotModelled[] {
  return ofType(resources, 'AWS::ApiGatewayV2::Stage').flatMap(([id, stage]) => {
    const defaults = stage.Properties.DefaultRouteSettings;
    const perRoute = stage.Properties.RouteSettings;
    const settings = [
      ...(isRecord(defaults) ? [defaults] : []),
      ...(isRecord(perRoute) ? Object.values(perRoute).filter(isRecord) : []),
    ];
    return settings.some(
      (each) => each.ThrottlingRateLimit !== undefined || each.ThrottlingBurstLimit !== undefined,
    )
      ? [
          {
            resource: id,
            property: 'ThrottlingRateLimit / ThrottlingBurstLimit',
            reason:
              "throttling: past the route's or the account's Regional limit the HTTP API answers 429 Too Many Requests; the local API counts no request",
            kind: 'not modelled' as const,
            routes: [],
            source: S.httpApiThrottling,
          },
        ]
      : [];
  });
}

/** A web ACL on the API's stage: its rules may block a request (403) before API Gateway routes it. */
function wafAssociations(resources: Resources): NotModelled[] {
  const types = ['AWS::WAFv2::WebACLAssociation', 'AWS::WAFRegional::WebACLAssociation'];
  return Object.entries(resources)
    .filter(([, resource]) => types.includes(resource.Type))
    .map(([id, resource]) => ({
      resource: id,
      property: resource.Type,
      reason:
        'AWS WAF: its rules may block a request (403 Forbidden) before API Gateway routes it; here every request gets through',
      kind: 'not modelled' as const,
      routes: [],
      source: S.waf,
    }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `request.template` of an http event: the front door renders the framework's default only. */
function customRequestTemplates({ config, resources }: CompiledService): NotModelled[] {
  const gaps: NotModelled[] = [];
  for (const [name, fn] of Object.entries(config.functions ?? {}))
    for (const [index, event] of (fn.events ?? []).entries()) {
      const http = event.http as
        | { path?: string; method?: string; request?: { template?: unknown } }
        | undefined;
      if (typeof http !== 'object' || http?.request?.template === undefined) continue;
      const method = String(http.method ?? '').toUpperCase();
      const path = `/${String(http.path ?? '').replace(/^\//, '')}`;
      const id = ofType(resources, 'AWS::ApiGateway::Method').find(
        ([, each]) =>
          String(each.Properties.HttpMethod) === (method === '*' ? 'ANY' : method) &&
          resourcePath(resources, each.Properties.ResourceId) === path,
      )?.[0];
      gaps.push({
        resource: id ?? `functions.${name}.events[${index}].http`,
        property: 'Integration.RequestTemplates (request.template)',
        reason:
          "a request template of your own: the local API renders only the framework's default one",
        kind: 'not modelled',
        routes: [{ door: 'REST API', method: method === '*' ? 'ANY' : method, path }],
        source: S.mappingTemplates,
      });
    }
  return gaps;
}

/** Every REST route: AWS refuses the whole deploy, so none of them would exist. */
function unquotedGatewayResponses(compiled: CompiledService): NotModelled[] {
  const { resources } = compiled;
  const everyRoute = restRoutes(resources);
  return ofType(resources, 'AWS::ApiGateway::GatewayResponse').flatMap(([id, response]) => {
    const type = String(response.Properties.ResponseType);
    const parameters = (response.Properties.ResponseParameters ?? {}) as Record<string, unknown>;
    return Object.entries(parameters).flatMap(([name, value]) => {
      const message = unquotedGatewayResponseValue(
        type,
        name.replace(/^gatewayresponse\.header\./, ''),
        value,
        writtenResponseParameter(compiled, id, name),
      );
      return message === undefined
        ? []
        : [
            {
              resource: id,
              property: `ResponseParameters.${name}`,
              reason: message,
              kind: 'refused at deploy' as const,
              routes: everyRoute,
              source: S.gatewayResponses,
            },
          ];
    });
  });
}

/** `cors` on an httpApi event, with none in provider.httpApi: the HTTP API would have no CORS. */
function corsOnHttpApiEvents({ config, resources }: CompiledService): NotModelled[] {
  const providerCors = (config.provider?.httpApi as { cors?: unknown } | undefined)?.cors;
  if (providerCors !== undefined && providerCors !== false) return [];
  const everyRoute = ofType(resources, 'AWS::ApiGatewayV2::Route').map(([, route]) => {
    const key = String(route.Properties.RouteKey);
    const [method, path] = key === '$default' ? ['ANY', '$default'] : key.split(' ');
    return { door: 'HTTP API' as const, method, path };
  });
  return Object.entries(config.functions ?? {}).flatMap(([name, fn]) =>
    (fn.events ?? []).flatMap((event, index) =>
      typeof event.httpApi === 'object' && event.httpApi !== null && 'cors' in event.httpApi
        ? [
            {
              resource: `functions.${name}.events[${index}].httpApi`,
              property: 'cors',
              reason: corsOnHttpApiEvent(),
              // The deploy goes through, without CORS: served so here, each line saying why.
              kind: 'ignored by the framework' as const,
              note: 'cors on the httpApi event is ignored by the framework, so the HTTP API adds no CORS header and answers no preflight: move it to provider.httpApi.cors',
              routes: everyRoute,
              source: S.httpApiCorsInServerless,
            },
          ]
        : [],
    ),
  );
}

function restRoutes(resources: Resources): AffectedRoute[] {
  return ofType(resources, 'AWS::ApiGateway::Method').map(([, method]) => ({
    door: 'REST API',
    method: String(method.Properties.HttpMethod),
    path: resourcePath(resources, method.Properties.ResourceId),
  }));
}

/** One entry per resource, property and reason, with the routes of all. */
function merged(gaps: NotModelled[]): NotModelled[] {
  const byKey = new Map<string, NotModelled>();
  for (const gap of gaps) {
    const key = `${gap.resource}\0${gap.property}\0${gap.reason}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { ...gap, routes: [...gap.routes] });
    else seen.routes.push(...gap.routes);
  }
  return [...byKey.values()];
}

/** The logical id of the function an integration URI names, if it is one of this template's. */
function lambdaTarget(uri: unknown, resources: Resources): string | undefined {
  const id = getAttTarget(uri);
  return id !== undefined && resources[id]?.Type === 'AWS::Lambda::Function' ? id : undefined;
}
