import path from 'node:path';
import {
  type AnswerObserver,
  LocalApi,
  type LocalRoute,
  type NotModelled,
  printable,
  routesOf,
  SaidLines,
  type ServiceRoutes,
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
  /** Told of each answered request, with what its function did: the journey page's feed. */
  onAnswer?: AnswerObserver;
}

/** A route to print, with the URL that calls it. */
export type ServedRoute = LocalRoute;

/** What a refresh did, for the learner. */
export type Refresh =
  | {
      outcome: 'rebuilt';
      /** Function URLs the rebuild added, now listened on. */
      added: ServedRoute[];
      /** What is not modelled or refused now and was not before, and what was and is no more. */
      gaps: { appeared: NotModelled[]; gone: NotModelled[] };
    }
  | { outcome: 'failed'; error: Error };

/**
 * The workshop's local API Gateway: the package's local API (api-gateway-answer/local-api),
 * fed a service folder as the deploy would configure it (the CloudFormation the framework
 * compiles) and its handlers bundled by esbuild in this process; both rebuilt on `refresh`,
 * while the last good build keeps serving.
 */
export class FrontDoor {
  private routes!: ServiceRoutes;
  private functions!: LoadedFunctions;
  private readonly lines = new SaidLines();
  private api?: LocalApi;

  private constructor(private readonly options: FrontDoorOptions) {}

  /** Compiles, bundles and listens. A config or bundle error is thrown, with its file and line. */
  static async start(options: FrontDoorOptions): Promise<FrontDoor> {
    const door = new FrontDoor({ ...options, folder: path.resolve(options.folder) });
    const first = await door.refresh();
    if (first.outcome === 'failed') throw first.error;
    door.api = await LocalApi.start({
      current: () => ({ routes: door.routes, functions: door.functions }),
      port: options.port,
      host: options.host,
      onLine: (line) => door.say(line),
      onAnswer: options.onAnswer,
    });
    return door;
  }

  private get served(): LocalApi {
    if (this.api === undefined) throw new Error('The front door is not listening yet.');
    return this.api;
  }

  /** The REST API's stage URL, e.g. http://localhost:3000/dev. */
  get baseUrl(): string {
    return this.served.baseUrl;
  }

  /** The HTTP API's URL (no stage in its paths). */
  get httpApiUrl(): string {
    return this.served.httpApiUrl;
  }

  /** Each function URL's origin, by function name. */
  get functionUrls(): Record<string, string> {
    return this.served.functionUrls;
  }

  /** Everything said so far: request lines and the functions' log lines. */
  output(): string {
    return this.lines.text();
  }

  /** The routes it serves, REST first. */
  servedRoutes(): ServedRoute[] {
    return this.served.servedRoutes();
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
      const routes = routesOf(compiled);
      const custom = (compiled.config.custom ?? {}) as {
        esbuild?: { exclude?: string[]; external?: string[] };
      };
      const functions = await bundleFunctions({
        folder: this.options.folder,
        functions: routes.functions,
        esbuild: custom.esbuild,
        log: (line) => this.say(line),
      });
      const before = this.routes?.notModelled ?? [];
      this.routes = routes;
      this.functions = functions;
      const added = (await this.api?.serveNewFunctionUrls()) ?? [];
      return { outcome: 'rebuilt', added, gaps: gapChanges(before, routes.notModelled ?? []) };
    } catch (error) {
      return { outcome: 'failed', error: error as Error };
    }
  }

  async stop(): Promise<void> {
    await this.api?.stop();
  }

  private say(said: string): void {
    const line = printable(said);
    this.lines.add(line);
    this.options.onLine?.(line);
  }
}

/** The gaps in `after` and not in `before`, and those gone: what a rebuild changed. */
function gapChanges(
  before: NotModelled[],
  after: NotModelled[],
): { appeared: NotModelled[]; gone: NotModelled[] } {
  const key = (gap: NotModelled) => `${gap.kind}|${gap.resource}|${gap.property}|${gap.reason}`;
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return {
    appeared: after.filter((gap) => !had.has(key(gap))),
    gone: before.filter((gap) => !has.has(key(gap))),
  };
}
