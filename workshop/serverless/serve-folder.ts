import { isPortInUse } from './free-port';
import { startLocalApi } from './local-api';

export interface ServeOptions {
  /** The folder holding the serverless.yml to serve. */
  cwd: string;
  /** What is being served, for the banner: "solution/", "step 04". */
  label: string;
  port: number;
}

/**
 * Runs a service on the local API Gateway until Ctrl+C, after printing the URL and a
 * `curl` line to try. Returns the process exit code.
 */
export async function serveFolder({ cwd, label, port }: ServeOptions): Promise<number> {
  if (await isPortInUse(port)) {
    console.error(`Port ${port} is in use: stop what runs there, or pick another port with --port <number>.`);
    return 1;
  }
  console.log(`Starting ${label} on a local API Gateway (serverless-offline)…`);
  const api = await startLocalApi({ cwd, httpPort: port, extraArgs: ['--reloadHandler'] });
  const url = `${api.baseUrl}/throw`;
  console.log(
    [
      '',
      `  POST ${url}`,
      '',
      'Try it:',
      `  curl -i -X POST ${url} --data '{"blah": "blah1"}'`,
      `  curl -i -X POST ${url} --data 'not json'`,
      '',
      'Your handler\'s log lines appear below. Edits are picked up on the next request. Ctrl+C stops.',
      '',
    ].join('\n'),
  );
  api.follow((text) => process.stdout.write(text));

  return new Promise((resolve) => {
    const shutdown = () => void api.stop().then(() => resolve(0));
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
