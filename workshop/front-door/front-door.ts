import type { Server } from 'node:http';
import path from 'node:path';
import {
  examplePath,
  type FunctionSpec,
  functionUrlDoor,
  functionUrlPort,
  hasParameters,
  listenOn,
  mainPortDoor,
  type NotModelled,
  notModelledIn,
  PortInUseError,
  printable,
  SaidLines,
  type ServiceRoutes,
  serviceRoutes,
} from 'api-gateway-answer/local-api';
import { compileTemplate } from '../serverless/compile-template';
import { bundleFunctions, type LoadedFunctions } from './handler-bundle';

export interface FrontDoorOptions {
  /** The folder holding serverless.yml. */
  folder: string;
  /** The REST and HTTP API's port; 0 (the default) takes a free one. Function URLs take the next ones. */
  port?: number;
  host?: string;
  /** Variables serverless.yml reads with ${env:…}, instead of this process's. */
  env?: Record<string, string | undefined>;
  /** Each line the front door has to say: one per request, and the function's log lines. */
  onLine?: (line: string) => void;
}

/** A route to print, with the URL that calls it. */
export interface ServedRoute {
  method: string;
  url: string;
  door: 'REST API' | 'HTTP API' | 'Function URL';
  /** The route's path when it has parameters, `/items/{id}`: the URL has example values. */
  path?: string;
}

/** What a refresh did, for the learner. */
export type Refresh = { outcome: 'rebuilt' } | { outcome: 'failed'; error: Error };

/**
 * The workshop's local API Gateway: an HTTP server that answers as AWS would, by the model of
 * packages/api-gateway-answer/src. It serves a service folder as the deploy would configure it (the
 * CloudFormation the framework compiles: REST methods with their integrations and preflights,
 * gateway responses, the HTTP API and its CORS, function URLs), runs the handlers bundled by
 * esbuild in this process, and answers each request with what the model says the client
 * receives, printing one line that says why.
 */
export class FrontDoor {
  private routes!: ServiceRoutes;
  private functions!: LoadedFunctions;
  private readonly lines = new SaidLines();
  private readonly servers: Server[] = [];
  private urlOrigins: string[] = [];
  private origin = '';

  private constructor(private readonly options: FrontDoorOptions) {}

  /** Compiles, bundles and listens. A config or bundle error is thrown, with its file and line. */
  static async start(options: FrontDoorOptions): Promise<FrontDoor> {
    const door = new FrontDoor({ ...options, folder: path.resolve(options.folder) });
    const first = await door.refresh();
    if (first.outcome === 'failed') throw first.error;
    try {
      await door.listen();
    } catch (error) {
      // A failed start frees every port it took.
      await door.stop();
      throw error;
    }
    return door;
  }

  /** The REST API's stage URL, e.g. http://localhost:3000/dev. */
  get baseUrl(): string {
    return `${this.origin}/${this.routes.stage}`;
  }

  /** The HTTP API's URL (no stage in its paths). */
  get httpApiUrl(): string {
    return this.origin;
  }

  /** Each function URL's origin, by function name. */
  get functionUrls(): Record<string, string> {
    return Object.fromEntries(
      this.routes.functionUrls.map((url, index) => [url.function.name, this.urlOrigins[index]]),
    );
  }

  /** Everything said so far: request lines and the functions' log lines. */
  output(): string {
    return this.lines.text();
  }

  /** The routes it serves, REST first. */
  servedRoutes(): ServedRoute[] {
    const rest = this.routes.rest
      .filter((route) => route.integration !== 'MOCK')
      .map((route) => ({
        method: route.method,
        url: `${this.baseUrl}${examplePath(route.path)}`,
        door: 'REST API' as const,
        ...(hasParameters(route.path) ? { path: route.path } : {}),
      }));
    const http = (this.routes.httpApi?.routes ?? []).map((route) => ({
      method: route.method === '*' ? 'ANY' : route.method,
      url: `${this.origin}${route.path === '$default' ? '/' : examplePath(route.path)}`,
      door: 'HTTP API' as const,
      ...(hasParameters(route.path) ? { path: route.path } : {}),
    }));
    const urls = this.routes.functionUrls.map((_url, index) => ({
      method: 'ANY',
      url: `${this.urlOrigins[index]}/`,
      door: 'Function URL' as const,
    }));
    return [...rest, ...http, ...urls];
  }

  /** What the local API does not model, or AWS would refuse, in the service: said at start. */
  notModelled(): NotModelled[] {
    return this.routes.notModelled ?? [];
  }

  /**
   * Reads serverless.yml and the code again. When either is broken, the last good build keeps
   * serving and the error says what to fix. Function URLs added since the start are not served
   * until a restart.
   */
  async refresh(): Promise<Refresh> {
    try {
      const compiled = await compileTemplate(this.options.folder, this.options.env);
      const routes = { ...serviceRoutes(compiled), notModelled: notModelledIn(compiled) };
      const custom = (compiled.config.custom ?? {}) as {
        esbuild?: { exclude?: string[]; external?: string[] };
      };
      const functions = await bundleFunctions({
        folder: this.options.folder,
        functions: routes.functions,
        esbuild: custom.esbuild,
        log: (line) => this.say(line),
      });
      this.routes = routes;
      this.functions = functions;
      return { outcome: 'rebuilt' };
    } catch (error) {
      return { outcome: 'failed', error: error as Error };
    }
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      ),
    );
  }

  private say(said: string): void {
    const line = printable(said);
    this.lines.add(line);
    this.options.onLine?.(line);
  }

  private async listen(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    const say = (line: string) => this.say(line);
    const handlerOf = (fn: FunctionSpec) => this.functions.handler(fn);
    const wantedPort = this.options.port ?? 0;
    const main = await listenOrSay(wantedPort, 'the API', () =>
      listenOn(
        wantedPort,
        host,
        mainPortDoor(() => this.routes, handlerOf),
        say,
      ),
    );
    this.servers.push(main.server);
    const port = main.port;
    this.origin = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
    for (const [index, url] of this.routes.functionUrls.entries()) {
      // The same ports every start, so that a page's URLs stay valid across restarts.
      const wanted = this.options.port ? functionUrlPort(port, index) : 0;
      const served = await listenOrSay(wanted, `the function URL of ${url.function.name}`, () =>
        listenOn(
          wanted,
          host,
          functionUrlDoor(() => this.routes.functionUrls[index] ?? url, handlerOf),
          say,
        ),
      );
      this.servers.push(served.server);
      this.urlOrigins.push(`http://${host === '127.0.0.1' ? 'localhost' : host}:${served.port}`);
    }
  }
}

/** `listen`, with a port in use (or out of range) said as what it was for and what to do. */
async function listenOrSay<T>(port: number, purpose: string, listen: () => Promise<T>): Promise<T> {
  if (port > 65535)
    throw new Error(
      `Port ${port} (${purpose}) is above 65535: pick a lower port with --port <number>.`,
    );
  try {
    return await listen();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new PortInUseError(port, purpose);
    throw error;
  }
}
