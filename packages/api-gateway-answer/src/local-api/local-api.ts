import type { Server } from 'node:http';
import { listenOn } from './http-adapter';
import type { LoadedFunctions } from './loaded-functions';
import { functionUrlDoor, mainPortDoor } from './main-port';
import { notModelledIn } from './not-modelled';
import { functionUrlPort, PortInUseError } from './ports';
import { examplePath } from './route-match';
import { printable } from './said-lines';
import { type FunctionSpec, type ServiceRoutes, serviceRoutes } from './service-routes';
import type { CompiledService } from './template';

export interface LocalApiOptions {
  /** The compiled template's resources, and serverless.yml's settings when there is one. */
  service: CompiledService;
  /** The handlers: requiredFunctions(folder) for built JavaScript. */
  functions: LoadedFunctions;
  /** The REST and HTTP API's port; 0 (the default) takes a free one. Function URLs take the next ones. */
  port?: number;
  host?: string;
  /** Each line it has to say: one per request, with the rule that decided the answer. */
  onLine?: (line: string) => void;
}

/** A route to print, with the URL that calls it. */
export interface LocalRoute {
  method: string;
  url: string;
  door: 'REST API' | 'HTTP API' | 'Function URL';
}

/**
 * A local API for any service: the routes of its compiled CloudFormation template (REST API
 * methods and gateway responses, the HTTP API and its CORS, function URLs) served over HTTP,
 * each request answered as the model says AWS would, with one line that says why. What it
 * does not model is listed at start (`notModelled`) and answered 501 on the routes it touches.
 */
export class LocalApi {
  private readonly servers: Server[] = [];
  private readonly urlOrigins: string[] = [];
  private origin = '';

  private constructor(
    readonly routes: ServiceRoutes,
    private readonly options: LocalApiOptions,
  ) {}

  static async start(options: LocalApiOptions): Promise<LocalApi> {
    const routes = {
      ...serviceRoutes(options.service),
      notModelled: notModelledIn(options.service),
    };
    const api = new LocalApi(routes, options);
    try {
      await api.listen();
    } catch (error) {
      await api.stop();
      throw error;
    }
    return api;
  }

  /** The REST API's stage URL, e.g. http://localhost:3000/dev. */
  get baseUrl(): string {
    return `${this.origin}/${this.routes.stage}`;
  }

  /** The HTTP API's URL (no stage in its paths). */
  get httpApiUrl(): string {
    return this.origin;
  }

  /** The routes it serves, REST first, with a URL for each. */
  servedRoutes(): LocalRoute[] {
    const rest = this.routes.rest
      .filter((route) => route.integration !== 'MOCK')
      .map((route) => ({
        method: route.method,
        url: `${this.baseUrl}${examplePath(route.path)}`,
        door: 'REST API' as const,
      }));
    const http = (this.routes.httpApi?.routes ?? []).map((route) => ({
      method: route.method === '*' ? 'ANY' : route.method,
      url: `${this.origin}${route.path === '$default' ? '/' : examplePath(route.path)}`,
      door: 'HTTP API' as const,
    }));
    const urls = this.routes.functionUrls.map((_url, index) => ({
      method: 'ANY',
      url: `${this.urlOrigins[index]}/`,
      door: 'Function URL' as const,
    }));
    return [...rest, ...http, ...urls];
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

  private async listen(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    const say = (line: string) => this.options.onLine?.(printable(line));
    const handlerOf = (fn: FunctionSpec) => this.options.functions.handler(fn);
    const wanted = this.options.port ?? 0;
    const shown = host === '127.0.0.1' ? 'localhost' : host;
    const main = await listenOrRefuse(wanted, 'the API', () =>
      listenOn(
        wanted,
        host,
        mainPortDoor(() => this.routes, handlerOf),
        say,
      ),
    );
    this.servers.push(main.server);
    this.origin = `http://${shown}:${main.port}`;
    for (const [index, url] of this.routes.functionUrls.entries()) {
      const port = this.options.port ? functionUrlPort(main.port, index) : 0;
      const served = await listenOrRefuse(port, `the function URL of ${url.function.name}`, () =>
        listenOn(
          port,
          host,
          functionUrlDoor(() => url, handlerOf),
          say,
        ),
      );
      this.servers.push(served.server);
      this.urlOrigins.push(`http://${shown}:${served.port}`);
    }
  }
}

/** `listen`, with a port in use said as what it was for and what to do. */
async function listenOrRefuse<T>(
  port: number,
  purpose: string,
  listen: () => Promise<T>,
): Promise<T> {
  try {
    return await listen();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new PortInUseError(port, purpose);
    throw error;
  }
}
