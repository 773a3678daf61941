import { type Evidence, evidence, httpApiEvidence } from '../evidence';

/** What a route is matched on: its method (`ANY` or `*` for every one) and its resource path. */
export interface RouteShape {
  method: string;
  /** `/items/{id}`, `/{proxy+}`, `/`: without the stage. */
  path: string;
}

export interface RouteMatch<Route extends RouteShape> {
  route: Route;
  /** `{ id: '123' }`, `{ proxy: 'a/b' }`; null when the path has no parameter, as the event has it. */
  pathParameters: Record<string, string> | null;
}

/**
 * The route API Gateway gives `method` on `path` (the path without the REST stage), or
 * undefined: none matches. Of the matching routes the most specific wins, segment by segment
 * from the left: a literal segment over a `{param}`, a `{param}` over a greedy `{proxy+}`
 * (documented for HTTP APIs, inferred for REST: `routingEvidence`); then a method of its own
 * over `ANY`. A greedy path variable takes one segment or more: `/{proxy+}` does not match `/`.
 */
export function matchRoute<Route extends RouteShape>(
  routes: readonly Route[],
  method: string,
  path: string,
): RouteMatch<Route> | undefined {
  const segments = pathSegments(path);
  let best: { match: RouteMatch<Route>; rank: number[] } | undefined;
  for (const route of routes) {
    const methodRank = methodRankOf(route.method, method);
    if (methodRank === undefined) continue;
    const matched = matchPath(pathSegments(route.path), segments);
    if (matched === undefined) continue;
    const rank = [...matched.rank, methodRank];
    if (best === undefined || compareRanks(rank, best.rank) < 0)
      best = { match: { route, pathParameters: matched.parameters }, rank };
  }
  return best?.match;
}

/** The evidence for each rule `matchRoute` applies, by the door that applies it. */
export const routingEvidence = {
  rest: {
    parameter: evidence.restPathParameter,
    greedy: evidence.restGreedyPath,
    any: evidence.restAnyMethod,
    specificity: evidence.restSpecificity,
    miss: evidence.missingAuthenticationToken,
  },
  httpApi: {
    match: evidence.httpApiRouteMatch,
    miss: httpApiEvidence.notFound,
  },
} satisfies Record<string, Record<string, Evidence>>;

/** `/items/{id}` with example values, to print and to call: `/items/123`, `/{proxy+}` → `/some/path`. */
export function examplePath(template: string): string {
  return template.replace(/\{[^}/]+\+\}/g, 'some/path').replace(/\{[^}/]+\}/g, '123');
}

/** Whether a route path has parameters to fill in. */
export function hasParameters(template: string): boolean {
  return /\{[^}/]+\}/.test(template);
}

// Lower ranks are more specific: 0 literal, 1 parameter, 2 greedy; 0 a method, 1 ANY.
const LITERAL = 0;
const PARAMETER = 1;
const GREEDY = 2;

function methodRankOf(routeMethod: string, method: string): number | undefined {
  if (routeMethod === 'ANY' || routeMethod === '*') return 1;
  return routeMethod.toUpperCase() === method.toUpperCase() ? 0 : undefined;
}

function matchPath(
  template: string[],
  segments: string[],
): { rank: number[]; parameters: Record<string, string> | null } | undefined {
  const rank: number[] = [];
  const parameters: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const greedy = /^\{(.+)\+\}$/.exec(part);
    if (greedy !== null) {
      // The greedy variable is the last part; it takes all that is left, at least one segment.
      if (index >= segments.length) return undefined;
      parameters[greedy[1]] = segments.slice(index).map(decoded).join('/');
      rank.push(GREEDY);
      return { rank, parameters };
    }
    const segment = segments[index];
    if (segment === undefined) return undefined;
    const parameter = /^\{(.+)\}$/.exec(part);
    if (parameter !== null) {
      if (segment === '') return undefined;
      parameters[parameter[1]] = decoded(segment);
      rank.push(PARAMETER);
    } else if (part === segment) rank.push(LITERAL);
    else return undefined;
  }
  if (template.length !== segments.length) return undefined;
  return { rank, parameters: Object.keys(parameters).length > 0 ? parameters : null };
}

/** `/items/7/` → `['items', '7']`; `/` → `[]`. One trailing slash is the same path. */
function pathSegments(path: string): string[] {
  const trimmed = path.replace(/^\/+/, '').replace(/\/$/, '');
  return trimmed === '' ? [] : trimmed.split('/');
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Not valid percent-encoding: passed on as sent.
    return segment;
  }
}

/** Compares ranks segment by segment; a shorter rank that is a prefix is not more specific. */
function compareRanks(a: number[], b: number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++)
    if (a[index] !== b[index]) return a[index] - b[index];
  return a.length - b.length;
}
