/** velocityjs's render, as this module calls it. */
type Render = (
  template: string,
  context: object,
  macros: undefined,
  config: { escape: boolean; customMethodHandlers: typeof javaStringMethods },
) => string;

/**
 * velocityjs, loaded when a template is first rendered: it is the package's one optional peer
 * dependency, needed only for the Lambda (non-proxy) integration's response templates, so the
 * proxy doors, HTTP APIs and Function URLs run on Node alone.
 */
function velocity(): Render {
  try {
    return (require('velocityjs') as { render: Render }).render;
  } catch {
    throw new Error(
      'Rendering an API Gateway response mapping template needs velocityjs (the Velocity Template Language in JavaScript): npm install --save-dev velocityjs',
    );
  }
}

/** A rendered response template: the body, and the status it set, if any. */
export interface RenderedResponse {
  body: string;
  /** `#set($context.responseOverride.status = 400)` in the template (recorded on AWS). */
  status?: number;
}

/**
 * Renders an API Gateway response mapping template (Velocity Template Language) over an
 * integration's output, with the part of API Gateway's `$input`, `$context` and `$util` that
 * this workshop's templates and the AWS recordings use. Apache Velocity is what API Gateway
 * runs; velocityjs is the same language in JavaScript (serverless-offline renders with it too).
 */
export function renderResponseTemplate(
  template: string,
  payload: string,
  gatewayRequestId: string,
): RenderedResponse {
  const parsed = withJavaToString(parseOrText(payload));
  const path = (expression: string) => jsonPath(parsed, expression);
  const responseOverride: { status?: unknown } = {};
  const context = {
    input: {
      body: payload,
      path,
      // `$input.json(x)` is the value at x as JSON text: quoted and escaped for a string.
      json: (expression: string) => JSON.stringify(path(expression)) ?? '',
    },
    context: { requestId: gatewayRequestId, responseOverride },
    util: {
      // API Gateway's escapeJavaScript also escapes single quotes as \' (which is not valid JSON).
      escapeJavaScript: (text: unknown) =>
        JSON.stringify(String(text)).slice(1, -1).replace(/'/g, "\\'"),
      parseJson: (text: string) => JSON.parse(text),
    },
  };
  // velocityjs would otherwise HTML-escape &, < and > in values; API Gateway does not.
  const body = velocity()(template, context, undefined, {
    escape: false,
    customMethodHandlers: javaStringMethods,
  });
  const status = Number(responseOverride.status);
  return responseOverride.status === undefined || !Number.isInteger(status)
    ? { body }
    : { body, status };
}

/** The body only: what most templates are for. */
export function renderMappingTemplate(
  template: string,
  payload: string,
  gatewayRequestId: string,
): string {
  return renderResponseTemplate(template, payload, gatewayRequestId).body;
}

/** Java's String.contains, which templates written for API Gateway call and JavaScript lacks. */
const javaStringMethods = [
  {
    uid: 'java-string-contains',
    match: ({ property, context }: { property: string; context: unknown }) =>
      property === 'contains' && typeof context === 'string',
    resolve: ({ context, params }: { context: string; params: unknown[] }) =>
      context.includes(String(params[0])),
  },
];

/**
 * In API Gateway `$input.path('$')` is a Java map, whose toString() is `{key=value, …}`;
 * templates test it with `.toString().contains(…)`. Objects get that toString here, hidden
 * from JSON.stringify.
 */
function withJavaToString(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  for (const child of Object.values(value)) withJavaToString(child);
  const javaString = () =>
    Array.isArray(value)
      ? `[${value.map(String).join(', ')}]`
      : `{${Object.entries(value)
          .map(([key, child]) => `${key}=${String(child)}`)
          .join(', ')}}`;
  Object.defineProperty(value, 'toString', { value: javaString, enumerable: false });
  return value;
}

function parseOrText(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return payload;
  }
}

/** `$` or `$.a.b`: the JSONPath forms the workshop's templates use. */
function jsonPath(value: unknown, expression: string): unknown {
  if (!/^\$(\.[A-Za-z_][\w]*)*$/.test(expression)) {
    throw new Error(
      `The API Gateway model reads only "$" and "$.field" paths in templates, not ${JSON.stringify(expression)}.`,
    );
  }
  return expression
    .split('.')
    .slice(1)
    .reduce<unknown>(
      (current, key) =>
        typeof current === 'object' && current !== null && Object.hasOwn(current, key)
          ? (current as Record<string, unknown>)[key]
          : undefined,
      value,
    );
}
