import { spawnFramework } from './framework';

/** What `serverless info --verbose` says about a deployed service's HTTP API. */
export interface StackInfo {
  /** The Stack Outputs' ServiceEndpoint, e.g. https://<api-id>.execute-api.us-east-2.amazonaws.com/dev. */
  serviceEndpoint?: string;
  /** The `endpoints:` section: one per route. */
  endpoints: Array<{ method: string; url: string }>;
}

/** Reads the endpoints out of `serverless deploy` or `serverless info --verbose` output. */
export function parseStackInfo(output: string): StackInfo {
  const serviceEndpoint = /^\s*ServiceEndpoint: (https?:\/\/\S+)/m.exec(output)?.[1];
  const endpoints = [
    ...output.matchAll(/^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) - (https?:\/\/\S+)/gm),
  ].map(([, method, url]) => ({ method, url }));
  return { ...(serviceEndpoint ? { serviceEndpoint } : {}), endpoints };
}

/**
 * The URL of the route whose path ends with `routePath` (e.g. `/throw`), from the endpoints or
 * else from the service endpoint; undefined when the output names neither.
 */
export function endpointFor(
  info: StackInfo,
  method: string,
  routePath: string,
): string | undefined {
  const listed = info.endpoints.find(
    (endpoint) => endpoint.method === method && new URL(endpoint.url).pathname.endsWith(routePath),
  );
  if (listed) return listed.url;
  return info.serviceEndpoint
    ? `${info.serviceEndpoint.replace(/\/+$/, '')}${routePath}`
    : undefined;
}

export interface FrameworkCommand {
  code: number | null;
  output: string;
}

/**
 * Runs one framework command in its own process group, so that a Ctrl+C in the terminal
 * reaches this process (which decides what to do) and not the deploy or remove in progress.
 * `echo` receives the output as it comes (a deploy takes a minute: show that it moves).
 */
export function runDetachedFramework(
  args: string[],
  cwd: string,
  echo?: (text: string) => void,
  env: Record<string, string | undefined> = {},
): Promise<FrameworkCommand> {
  return new Promise((resolve, reject) => {
    const child = spawnFramework(args, { cwd, env, detached: process.platform !== 'win32' });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      echo?.(chunk.toString());
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** `serverless info --verbose` for the service in `cwd`: the deployed stack's endpoints (needs AWS credentials). */
export async function stackInfo(cwd: string, args: string[] = []): Promise<StackInfo> {
  const run = await runDetachedFramework(['info', '--verbose', ...args], cwd);
  if (run.code !== 0)
    throw new Error(
      `serverless info failed (exit ${run.code}): is the service deployed, and are your AWS credentials set?\n${run.output}`,
    );
  return parseStackInfo(run.output);
}
