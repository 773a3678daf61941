import { render } from 'velocityjs';

/**
 * Renders an API Gateway mapping template (Velocity Template Language) over an integration's
 * output, with the part of API Gateway's `$input`, `$context` and `$util` that this workshop's
 * templates use. Apache Velocity is what API Gateway runs; velocityjs is the same language in
 * JavaScript (serverless-offline renders with it too).
 */
export function renderMappingTemplate(template: string, payload: string, gatewayRequestId: string): string {
  const parsed = parseOrText(payload);
  const path = (expression: string) => jsonPath(parsed, expression);
  const context = {
    input: {
      body: payload,
      path,
      // `$input.json(x)` is the value at x as JSON text: quoted and escaped for a string.
      json: (expression: string) => JSON.stringify(path(expression)) ?? '',
    },
    context: { requestId: gatewayRequestId },
    util: {
      // API Gateway's escapeJavaScript also escapes single quotes as \' (which is not valid JSON).
      escapeJavaScript: (text: unknown) => JSON.stringify(String(text)).slice(1, -1).replace(/'/g, "\\'"),
      parseJson: (text: string) => JSON.parse(text),
    },
  };
  // velocityjs would otherwise HTML-escape &, < and > in values; API Gateway does not.
  return render(template, context, undefined, { escape: false });
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
    throw new Error(`The API Gateway model reads only "$" and "$.field" paths in templates, not ${JSON.stringify(expression)}.`);
  }
  return expression
    .split('.')
    .slice(1)
    .reduce<unknown>((current, key) => (typeof current === 'object' && current !== null && Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined), value);
}
