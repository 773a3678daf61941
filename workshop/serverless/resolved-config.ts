import { runFramework } from './framework';

/** The parts of a resolved serverless.yml the step tests look at. */
export interface ResolvedConfig {
  service?: string;
  provider?: { name?: string; runtime?: string; region?: string; stage?: string };
  functions?: Record<string, { handler?: string; events?: Array<Record<string, unknown>> }>;
  plugins?: string[] | { modules?: string[] };
  custom?: Record<string, unknown>;
  package?: Record<string, unknown>;
}

/**
 * `serverless.yml` as the framework resolves it (`serverless print`): variables such as
 * `${env:AWS_REGION, 'us-east-2'}` filled in from `env`, defaults applied.
 */
export async function resolvedConfig(cwd: string, env: Record<string, string | undefined> = {}): Promise<ResolvedConfig> {
  const run = await runFramework(['print', '--format', 'json'], cwd, env);
  if (run.code !== 0) throw new Error(`serverless print failed: the framework could not read serverless.yml.\n${run.output.trim()}`);
  const start = run.output.indexOf('{');
  return JSON.parse(run.output.slice(start)) as ResolvedConfig;
}
