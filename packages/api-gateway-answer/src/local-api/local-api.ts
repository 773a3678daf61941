import type { Server } from 'node:http';
import { recordingRuns } from './function-runs';
import { type AnswerObserver, listenOn } from './http-adapter';
import type { LoadedFunctions } from './loaded-functions';
import { functionUrlDoor, mainPortDoor } from './main-port';
import { type NotModelled, notModelledIn } from './not-modelled';
import { functionUrlPort, PortInUseError } from './ports';
import { examplePath, hasParameters } from './route-match';
import { printable } from './said-lines';
import { type FunctionSpec, type ServiceRoutes, serviceRoutes } from './service-routes';
import type { CompiledService } from './template';

export interface LocalApiOptions {
  /**
   * The routes and handlers to serve, read on every request: a caller that rebuilds (the
   * workshop's serve, on each save) swaps them without a restart.
   */
  current: () => { routes: ServiceRoutes; functions: LoadedFunctions };
  /** The REST and HTTP API's port; 0 (the default) takes a free one. Function URLs take the next ones. */
  port?: number;
  host?: string;
  /** Each line it has to say: one per request, with the rule that decided the answer. */
  onLine?: (line: string) => void;
  /** Told of each answered request, with what its function did (the workshop's journey page). */
  onAnswer?: AnswerObserver;
}

/** A route to print, with the URL that calls it. */
export interface LocalRoute {
  method: string;
  url: string;
  door: 'REST API' | 'HTTP API' | 'Function URL';
  /** The route's path when it has parameters, `/items/{id}`: the URL has example values. */
  path?: string;
}

/** A compiled service's routes, with what the local API does not model in it. */
export function routesOf(service: CompiledService): ServiceRoutes {
  return { ...serviceRoutes(service), notModelled: notModelledIn(service) };
}

/**
 * A local API for any service: the routes of its compiled CloudFormation template (REST API
 * methods and gateway responses, the HTTP API and its CORS, function URLs) served over HTTP,
 * each request answered as the model says AWS would, with one line that says why. What it
 * does not model is listed at start (`notModelled`) and answered 501 on the routes it touches.
 */
export class LocalApi {
  private readonly servers: Server[] = [];
  /** Each function URL listened on, by its function's name, in the order they were. */
  private readonly urlOrigins = new Map<string, string>();
  private origin = '';
  private mainPort = 0;

  private constructor(private readonly options: LocalApiOptions) {}

  /** Listens; a failed start frees every port it took. */
  static async start(options: LocalApiOptions): Promise<LocalApi> {
    const api = new LocalApi(options);
    try {
      await api.listen();
    } catch (error) {
      await api.stop();
      throw error;
    }
    return api;
  }

  get routes(): ServiceRoutes {
    return this.options.current().routes;
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
    return Object.fromEntries(this.urlOrigins);
  }

  /** What it does not model, or AWS would refuse, in the service: said at start. */
  notModelled(): NotModelled[] {
    return this.routes.notModelled ?? [];
  }

  /** The routes it serves, REST first, with a URL for each. */
  servedRoutes(): LocalRoute[] {
    const routes = this.routes;
    const rest = routes.rest
      .filter((route) => route.integration !== 'MOCK')
      .map((route) => ({
        method: route.method,
        url: `${this.baseUrl}${examplePath(route.path)}`,
        door: 'REST API' as const,
        ...(hasParameters(route.path) ? { path: route.path } : {}),
      }));
    const http = (routes.httpApi?.routes ?? []).map((route) => ({
      method: route.method === '*' ? 'ANY' : route.method,
      url: `${this.origin}${route.path === '$default' ? '/' : examplePath(route.path)}`,
      door: 'HTTP API' as const,
      ...(hasParameters(route.path) ? { path: route.path } : {}),
    }));
    const urls = [...this.urlOrigins.values()].map((origin) => ({
      method: 'ANY',
      url: `${origin}/`,
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

  /**
   * Listens for each function URL the routes have and no server answers yet: one added to
   * the service since the start (a rebuild). Returns the routes it added.
   */
  async serveNewFunctionUrls(): Promise<LocalRoute[]> {
    const added: LocalRoute[] = [];
    for (const url of this.routes.functionUrls) {
      const name = url.function.name;
      if (this.urlOrigins.has(name)) continue;
      // The same ports every start, so that a page's URLs stay valid across restarts.
      const port = this.options.port ? functionUrlPort(this.mainPort, this.urlOrigins.size) : 0;
      const served = await listenOrRefuse(port, `the function URL of ${name}`, () =>
        listenOn(
          port,
          this.host,
          functionUrlDoor(
            () => this.routes.functionUrls.find((each) => each.function.name === name) ?? url,
            this.handlerOf,
          ),
          this.say,
          this.observe,
        ),
      );
      this.servers.push(served.server);
      const origin = `http://${this.shownHost}:${served.port}`;
      this.urlOrigins.set(name, origin);
      added.push({ method: 'ANY', url: `${origin}/`, door: 'Function URL' });
    }
    return added;
  }

  private get host(): string {
    return this.options.host ?? '127.0.0.1';
  }

  private get shownHost(): string {
    return this.host === '127.0.0.1' ? 'localhost' : this.host;
  }

  private readonly say = (line: string) => this.options.onLine?.(printable(line));

  private readonly handlerOf = (fn: FunctionSpec) =>
    recordingRuns(this.options.current().functions.handler(fn));

  // An observer must never cost a request its answer, nor the server its life.
  private readonly observe: AnswerObserver = (answered) => {
    try {
      this.options.onAnswer?.(answered);
    } catch (error) {
      this.say(`(the journey page misses this request: ${(error as Error).message})`);
    }
  };

  private async listen(): Promise<void> {
    const wanted = this.options.port ?? 0;
    const main = await listenOrRefuse(wanted, 'the API', () =>
      listenOn(
        wanted,
        this.host,
        mainPortDoor(() => this.routes, this.handlerOf),
        this.say,
        this.observe,
      ),
    );
    this.servers.push(main.server);
    this.mainPort = main.port;
    this.origin = `http://${this.shownHost}:${main.port}`;
    await this.serveNewFunctionUrls();
  }
}

/** `listen`, with a port in use (or out of range) said as what it was for and what to do. */
async function listenOrRefuse<T>(
  port: number,
  purpose: string,
  listen: () => Promise<T>,
): Promise<T> {
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
