import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { compileTemplate } from '../serverless/compile-template';
import { BundleError, bundleFunctions, type LoadedFunctions } from './handler-bundle';
import { type NotModelled, notModelledIn } from './not-modelled';
import { type IncomingRequest, newRequestIds } from './request-events';
import { restAnswer } from './rest-answer';
import { examplePath, hasParameters } from './route-match';
import { type ServiceRoutes, serviceRoutes } from './service-routes';
import { functionUrlAnswer, httpApiAnswer } from './v2-answer';
import { consoleLine, type WireAnswer } from './wire-answer';

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
 * workshop/api-gateway. It serves a service folder as the deploy would configure it (the
 * CloudFormation the framework compiles: REST methods with their integrations and preflights,
 * gateway responses, the HTTP API and its CORS, function URLs), runs the handlers bundled by
 * esbuild in this process, and answers each request with what the model says the client
 * receives, printing one line that says why.
 */
export class FrontDoor {
  private routes!: ServiceRoutes;
  private functions!: LoadedFunctions;
  private readonly lines: string[] = [];
  private readonly servers: Server[] = [];
  private urlOrigins: string[] = [];
  private origin = '';

  private constructor(private readonly options: FrontDoorOptions) {}

  /** Compiles, bundles and listens. A config or bundle error is thrown, with its file and line. */
  static async start(options: FrontDoorOptions): Promise<FrontDoor> {
    const door = new FrontDoor({ ...options, folder: path.resolve(options.folder) });
    const first = await door.refresh();
    if (first.outcome === 'failed') throw first.error;
    await door.listen();
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
    return this.lines.join('\n');
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

  private say(line: string): void {
    this.lines.push(line);
    this.options.onLine?.(line);
  }

  private async listen(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    const main = await listenOn(this.options.port ?? 0, host, (request) =>
      this.answerMain(request),
    );
    this.servers.push(main.server);
    const port = main.port;
    this.origin = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
    for (const [index, url] of this.routes.functionUrls.entries()) {
      // The same port order every start, so that a page's URLs stay valid across restarts.
      const wanted = this.options.port ? port + 1 + index : 0;
      const served = await listenOn(wanted, host, (request) =>
        functionUrlAnswer(
          request,
          this.routes.functionUrls[index] ?? url,
          this.functions.handler((this.routes.functionUrls[index] ?? url).function),
          newRequestIds(),
        ),
      );
      this.servers.push(served.server);
      this.urlOrigins.push(`http://${host === '127.0.0.1' ? 'localhost' : host}:${served.port}`);
    }
    // Each answer gets its console line.
    for (const server of this.servers) server.on('answered', (line: string) => this.say(line));
  }

  private async answerMain(request: IncomingRequest): Promise<WireAnswer> {
    const ids = newRequestIds();
    const { stage } = this.routes;
    // A service with no REST API has no stage path: /dev/… is a path like any other.
    const underStage = request.path === `/${stage}` || request.path.startsWith(`/${stage}/`);
    if (underStage && (this.routes.rest.length > 0 || this.routes.httpApi === undefined))
      return restAnswer(request, this.routes, (fn) => this.functions.handler(fn), ids);
    if (this.routes.httpApi !== undefined)
      return httpApiAnswer(
        request,
        { ...this.routes.httpApi, notModelled: this.routes.notModelled },
        (fn) => this.functions.handler(fn),
        ids,
      );
    return {
      statusCode: 403,
      headers: { 'content-type': 'application/json', 'x-amzn-requestid': ids.requestId },
      body: Buffer.from('{"message":"Forbidden"}'),
      why: `the path is not under the REST API's stage /${stage}: API Gateway refuses it`,
      level: 'reported',
    };
  }
}

/** A server on `port` (0: a free one, read back after binding) that answers with `answer`. */
function listenOn(
  port: number,
  host: string,
  answer: (request: IncomingRequest) => Promise<WireAnswer>,
): Promise<{ server: Server; port: number }> {
  const server = createServer((incoming, outgoing) => {
    void handle(server, incoming, outgoing, answer);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
  });
}

async function handle(
  server: Server,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  answer: (request: IncomingRequest) => Promise<WireAnswer>,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const url = new URL(incoming.url ?? '/', 'http://localhost');
  const headers: Array<[string, string]> = [];
  for (let index = 0; index < incoming.rawHeaders.length; index += 2)
    headers.push([incoming.rawHeaders[index], incoming.rawHeaders[index + 1]]);
  const request: IncomingRequest = {
    method: (incoming.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    rawQuery: url.search.replace(/^\?/, ''),
    headers,
    body: Buffer.concat(chunks),
    sourceIp: (incoming.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
  };
  let wire: WireAnswer;
  try {
    wire = await answer(request);
  } catch (error) {
    // A fault of the workshop's own, never the learner's code (the model catches theirs).
    wire = {
      statusCode: 500,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(
        JSON.stringify({ message: `The workshop's local API failed: ${(error as Error).message}` }),
      ),
      why: `the workshop's local API failed: ${error instanceof BundleError ? error.message : (error as Error).stack}`,
      notModelled: 'this request: a bug of the workshop, please report it',
    };
  }
  for (const [name, value] of Object.entries(wire.headers)) {
    if (name === 'content-length' || name === 'connection' || name === 'transfer-encoding')
      continue;
    outgoing.setHeader(name, value);
  }
  outgoing.statusCode = wire.statusCode;
  outgoing.end(wire.body);
  const origin = request.headers.find(([name]) => name.toLowerCase() === 'origin')?.[1];
  const preflight =
    request.method === 'OPTIONS' &&
    request.headers.some(([name]) => name.toLowerCase() === 'access-control-request-method');
  server.emit('answered', consoleLine(request.method, request.path, wire, origin, preflight));
}
