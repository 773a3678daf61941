/**
 * Why the options a plugin reads are not at `where` (a dotted path, such as
 * `custom.serverless-offline`) of a resolved serverless.yml, naming where they went instead:
 * a plugin reads only its own key, so options one level off are silently ignored and the test
 * that reads them would only say "received value must be a non-null object". Undefined when
 * `where` holds a mapping.
 */
export function misplacedOptions(
  config: object,
  where: string,
  keys: string[],
): string | undefined {
  const path = where.split('.');
  if (isMapping(at(config, path))) return undefined;
  const found = findHolder(config, keys, []);
  if (found === undefined) return `${where} is missing from serverless.yml.`;
  const names = keys.filter((key) => key in found.mapping);
  const [them, sit] = names.length === 1 ? ['it', 'sits'] : ['them', 'sit'];
  const parent = found.path.join('.');
  const place =
    found.path.length === 0
      ? 'at the top level of serverless.yml'
      : path.slice(0, -1).join('.') === parent
        ? `directly under ${parent}`
        : `under ${parent}`;
  return `${where} is missing: ${names.join(', ')} ${sit} ${place}, where nothing reads ${them}. Move ${them} under ${where}.`;
}

function at(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (isMapping(node) ? node[key] : undefined), value);
}

/** The first mapping (breadth first, a few levels deep) holding any of `keys`. */
function findHolder(
  root: unknown,
  keys: string[],
  start: string[],
): { path: string[]; mapping: Record<string, unknown> } | undefined {
  let level: Array<{ path: string[]; value: unknown }> = [{ path: start, value: root }];
  for (let depth = 0; depth < 4 && level.length > 0; depth += 1) {
    for (const { path, value } of level)
      if (isMapping(value) && keys.some((key) => key in value)) return { path, mapping: value };
    level = level.flatMap(({ path, value }) =>
      isMapping(value)
        ? Object.entries(value).map(([key, child]) => ({ path: [...path, key], value: child }))
        : [],
    );
  }
  return undefined;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
