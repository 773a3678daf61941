import { isPortInUse } from './free-port';
import { type ServerlessOffline, startServerlessOffline } from './serverless-offline';

export interface ServeOptions {
  /** The folder holding the serverless.yml to serve. */
  cwd: string;
  /** What is being served, for the banner: "solution/", "step 04". */
  label: string;
  port: number;
}

/**
 * Runs a service in place (the solution) on serverless-offline until Ctrl+C, after
 * printing the URL and a `curl` line to try. Returns the process exit code. A step runs in a
 * build copy that must follow the learner's saves: the CLI's `serve N` does that.
 */
export async function serveFolder({ cwd, label, port }: ServeOptions): Promise<number> {
  if (await refusedPort(port)) return 1;
  console.log(`Starting ${label} on a local API Gateway (serverless-offline)…`);
  const api = await startServerlessOffline({ cwd, httpPort: port, extraArgs: ['--reloadHandler'] });
  // Ctrl+C is taken before "Ctrl+C stops" is said (a write to a pipe is synchronous).
  const stopped = untilStopped(() => api.stop());
  console.log(
    serveBanner(
      api,
      "Your handler's log lines appear below. Edits are picked up on the next request. Ctrl+C stops.",
    ),
  );
  api.follow((text) => process.stdout.write(text));
  return stopped;
}

/** True, after saying what to do, when another process holds `port`. */
export async function refusedPort(port: number): Promise<boolean> {
  if (!(await isPortInUse(port))) return false;
  console.error(
    `Port ${port} is in use: stop what runs there, or pick another port with --port <number>.`,
  );
  return true;
}

/** The routes the server serves, `curl` lines to try, then `closing`: what `serve` prints. */
export function serveBanner(api: ServerlessOffline, closing: string): string {
  const routes = routesIn(api.output(), api.baseUrl);
  const tries = routes
    .filter((route) => route.method === 'POST')
    .flatMap((route, index) => [
      `  curl -i -X POST ${route.url} -H 'Content-Type: application/json' --data '{"blah": "blah1"}'`,
      // The first route also shows what a body that is not JSON gets.
      ...(index === 0 ? [`  curl -i -X POST ${route.url} --data 'not json'`] : []),
    ]);
  return [
    '',
    ...routes.map((route) => `  ${route.method} ${route.url}`),
    '',
    'Try it:',
    ...tries,
    '',
    closing,
    '',
  ].join('\n');
}

/** Exits the process with code 0 once Ctrl+C (or SIGTERM, or a closed terminal's SIGHUP) has run `stop`; never resolves otherwise. */
export function untilStopped(stop: () => Promise<void>): Promise<number> {
  return new Promise(() => {
    // Every signal is handled, not only the first: a second Ctrl+C (or npm forwarding the
    // same signal) must not kill this process mid-stop and leave the server holding the port.
    let stopping = false;
    const shutdown = () => {
      if (stopping) return;
      stopping = true;
      // Exit at once rather than when the event loop empties: while Node tears the loop down
      // it no longer handles signals, and a second press landing then killed the process (by
      // SIGINT, not exit 0: 21 of 40 runs with a press 10 ms after the first; 0 of 40 so).
      void stop().then(() => process.exit(0));
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    // A closed terminal: without this, serverless-offline (--offline) outlived it on its port.
    process.on('SIGHUP', shutdown);
  });
}

/**
 * The service's HTTP routes, as serverless-offline lists them when it starts (leaving out the
 * endpoints it adds for invoking functions with the AWS SDK; HTTP API routes have no stage in
 * their path); POST /throw when it lists none.
 */
export function routesIn(output: string, baseUrl: string): Array<{ method: string; url: string }> {
  const root = new URL(baseUrl).origin;
  const listed = [...output.matchAll(/\b(GET|POST|PUT|PATCH|DELETE|ANY) \| (http:\/\/\S+)/g)]
    .filter(([, , url]) => url.startsWith(`${root}/`) && !url.includes('/2015-03-31/functions/'))
    .map(([, method, url]) => ({ method, url }))
    // The REST routes first, as before the HTTP API came: the first one gets the extra try line.
    .sort(
      (a, b) => Number(!a.url.startsWith(`${baseUrl}/`)) - Number(!b.url.startsWith(`${baseUrl}/`)),
    );
  return listed.length > 0 ? listed : [{ method: 'POST', url: `${baseUrl}/throw` }];
}
