import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { NotModelled } from 'api-gateway-answer/local-api';
import { keepServingThroughStrayErrors } from 'api-gateway-answer/local-api';
import { type BrowserPage, startBrowserPage } from '../../front-door/browser-page';
import { FrontDoor, type Refresh, type ServedRoute } from '../../front-door/front-door';
import { JourneyHub } from '../../front-door/journey/journey-hub';
import { isPortInUse } from '../../serverless/free-port';
import { refusedPort, untilStopped } from '../../serverless/serve-folder';
import { followSaves } from '../follow-saves';
import { dim, red, UserError } from '../output';
import { watchFiles } from '../watch-files';

export interface ServeLocalApiOptions {
  /** The folder holding serverless.yml. */
  folder: string;
  /** What is served, for the banner: "step 8 (steps/08-cors-on-errors)", "the solution". */
  label: string;
  port: number;
  /**
   * `--page-port`: the browser page's port. The service then allows its origin,
   * http://localhost:<port>, as ALLOWED_ORIGIN would; by default the page is on ALLOWED_ORIGIN
   * (http://localhost:5173 unless set).
   */
  pagePort?: number;
  /** The code it follows: a save of one of these rebuilds it. */
  sources: string[];
  /**
   * False for a service the workshop did not write (`serve --dir`): its CORS may allow
   * another origin than the page's, so the banner must not call the page's origin allowed.
   */
  allowsPageOrigin?: boolean;
}

/**
 * `serve`: the service on the workshop's local API Gateway, which answers as AWS would (the
 * model), until Ctrl+C. Each request gets a line that says what AWS would answer and why; a
 * save of the code or of serverless.yml is picked up by the next request.
 */
export async function serveLocalApi(options: ServeLocalApiOptions): Promise<number> {
  if (await refusedPort(options.port)) return 1;
  const allowedOrigin = pageOrigin(options.pagePort);
  // The functions run in this process: their stray errors must not end it.
  keepServingThroughStrayErrors((line) => console.log(line));
  console.log(`Starting ${options.label} on the workshop's local API Gateway…`);
  // Each request's journey, for the page: a request from curl is judged as from its origin.
  const journeys = new JourneyHub(allowedOrigin);
  let door: FrontDoor;
  try {
    door = await FrontDoor.start({
      folder: options.folder,
      port: options.port,
      env: { ALLOWED_ORIGIN: allowedOrigin },
      onLine: (line) => console.log(line),
      onAnswer: (answered) => journeys.answered(answered),
    });
  } catch (error) {
    console.error(red((error as Error).message));
    return 1;
  }
  // Ctrl+C is handled from the moment the banner says so: the page starts after it, and a
  // press meanwhile (the default action would kill this process mid-start) waits for it.
  let page: BrowserPage | undefined;
  let stopWatching = () => {};
  let started!: () => void;
  const serving = new Promise<void>((resolve) => (started = resolve));
  const stopped = untilStopped(async () => {
    await serving;
    stopWatching();
    await saves.idle();
    await page?.stop();
    await door.stop();
  });
  console.log(banner(door.servedRoutes(), door.notModelled()));
  page = await pageOnAllowedOrigin(door, allowedOrigin, journeys, options.allowsPageOrigin ?? true);

  const saves = followSaves(async () => {
    let refreshed: Refresh;
    try {
      refreshed = await door.refresh();
    } catch (error) {
      // A function URL's port taken since the start, say: the rest keeps serving.
      refreshed = { outcome: 'failed', error: error as Error };
    }
    if (refreshed.outcome === 'failed') {
      journeys.buildFailed(refreshed.error.message);
      console.log(
        red(
          `${refreshed.error.message}\nThe local API still runs the last code that built. Save a fix.`,
        ),
      );
      return false;
    }
    journeys.rebuilt();
    console.log(
      [
        dim('↻ Rebuilt with your saved files: the next request runs them.'),
        ...rebuildNews(refreshed),
      ].join('\n'),
    );
    return false;
  });
  stopWatching = watchFiles(options.sources, saves.onSave, (reason) =>
    console.log(dim(`Saves are now noticed by polling the files, since ${reason}.`)),
  );
  started();
  return stopped;
}

/**
 * The origin the service allows and the page is served on: http://localhost:<--page-port>,
 * else ALLOWED_ORIGIN, else http://localhost:5173 (every step's serverless.yml's default).
 */
function pageOrigin(pagePort: number | undefined): string {
  const fromEnvironment = process.env.ALLOWED_ORIGIN;
  if (pagePort === undefined) return fromEnvironment ?? 'http://localhost:5173';
  const origin = `http://localhost:${pagePort}`;
  if (fromEnvironment !== undefined && fromEnvironment !== origin)
    throw new UserError(
      `--page-port ${pagePort} serves the page on ${origin}, but ALLOWED_ORIGIN is ${fromEnvironment}: give one of them.`,
    );
  return origin;
}

/**
 * The page that calls the routes from a browser, on the origin the service allows, or
 * undefined, after saying why and what to do, when that origin cannot be served here.
 */
async function pageOnAllowedOrigin(
  door: FrontDoor,
  allowedOrigin: string,
  journeys: JourneyHub,
  allowed: boolean,
): Promise<BrowserPage | undefined> {
  const origin = new URL(allowedOrigin);
  if (!['localhost', '127.0.0.1'].includes(origin.hostname) || origin.protocol !== 'http:') {
    console.log(
      dim(`No browser page: the allowed origin ${origin.origin} is not on this machine.`),
    );
    return undefined;
  }
  const port = Number(origin.port || 80);
  const elsewhere =
    'For a page on another port: --page-port <number> (the service then allows that origin).';
  if (await isPortInUse(port)) {
    console.log(
      dim(
        `No browser page: port ${port} of the allowed origin ${origin.origin} is in use. ${elsewhere}`,
      ),
    );
    return undefined;
  }
  let page: BrowserPage;
  try {
    page = await startBrowserPage(() => door.servedRoutes(), port, undefined, journeys);
  } catch (error) {
    // Taken between the look and the bind: another serve, most likely.
    console.log(
      dim(`No browser page on ${origin.origin}: ${(error as Error).message} ${elsewhere}`),
    );
    return undefined;
  }
  console.log(pageLine(page.origin, allowed));
  return page;
}

/** The banner's line for the page, on the origin the service allows or (`serve --dir`) may not. */
export function pageLine(origin: string, allowed: boolean): string {
  const journeys = `calls these routes and shows each request's journey, curl's too: ${origin}/`;
  if (allowed) return `A page on the allowed origin ${journeys}\n`;
  return [
    `A page on ${origin} ${journeys}`,
    `Whether it may read the answers is up to the service's own CORS: it must allow ${origin} (the service gets it as \${env:ALLOWED_ORIGIN}), or the page shows each answer blocked, as a browser would.`,
    '',
  ].join('\n');
}

/** What a rebuild changed that a learner must hear of: function URLs now served, mistakes found or fixed. */
export function rebuildNews(rebuilt: Extract<Refresh, { outcome: 'rebuilt' }>): string[] {
  return [
    ...rebuilt.added.map(
      (route) => `  Now also serving: ${route.method} ${route.url}  (${route.door})`,
    ),
    ...gapLines(rebuilt.gaps.appeared, 'refused at deploy', 'AWS would refuse this deploy now:'),
    ...gapLines(rebuilt.gaps.appeared, 'not modelled', 'Now in the service, not modelled here:'),
    ...gapLines(
      rebuilt.gaps.appeared,
      'ignored by the framework',
      'Now in serverless.yml, ignored by the framework (AWS deploys as if it were absent):',
    ),
    ...rebuilt.gaps.gone.map((gap) => `  Fixed: ${gap.resource}, ${gap.property}`),
  ];
}

/** serverless.yml and every file under src/: what a step's service is made of. */
export function serviceSources(folder: string, sourceFolder = path.join(folder, 'src')): string[] {
  const inSource = readdirSync(sourceFolder, { recursive: true, encoding: 'utf8' }).map((name) =>
    path.join(sourceFolder, name),
  );
  return [path.join(folder, 'serverless.yml'), ...inSource];
}

/** The routes, `curl` lines to try, what is not modelled, and what the lines below will say. */
export function banner(routes: ServedRoute[], gaps: NotModelled[] = []): string {
  const width = Math.max(...routes.map((route) => route.method.length));
  const posts = routes.filter((route) => route.method === 'POST' || route.method === 'ANY');
  const tries = [
    ...posts.flatMap((route, index) => [
      `  curl -i -X POST ${route.url} -H 'Content-Type: application/json' --data '{"blah": "blah1"}'`,
      // The first route also shows what a body that is not JSON gets.
      ...(index === 0 ? [`  curl -i -X POST ${route.url} --data 'not json'`] : []),
    ]),
    // A method that takes no JSON to try: one line each, the preflights left out.
    ...routes
      .filter((route) => !['POST', 'ANY', 'OPTIONS'].includes(route.method))
      .map((route) =>
        ['PUT', 'PATCH'].includes(route.method)
          ? `  curl -i -X ${route.method} ${route.url} -H 'Content-Type: application/json' --data '{"blah": "blah1"}'`
          : `  curl -i${route.method === 'GET' ? '' : ` -X ${route.method}`} ${route.url}`,
      ),
  ];
  return [
    '',
    ...routes.map(
      (route) =>
        `  ${route.method.padEnd(width)} ${route.url}  (${route.door}${route.path ? `: ${route.path}` : ''})`,
    ),
    '',
    'Try it:',
    ...tries,
    '',
    ...gapLines(
      gaps,
      'refused at deploy',
      'AWS would refuse this deploy: the routes it names answer 501 here.',
    ),
    ...gapLines(
      gaps,
      'not modelled',
      'Not modelled here: a request on a route named below answers 501, never a guess.',
    ),
    ...gapLines(
      gaps,
      'ignored by the framework',
      "Ignored by the framework: AWS deploys as if it were absent, and so it is served here (each request's line notes it).",
    ),
    'It answers as API Gateway on AWS would: each request gets a line below with the answer and',
    "why, and your function's log lines. A save is rebuilt: a line says when it runs. Ctrl+C stops.",
    '',
  ].join('\n');
}

/** Each gap of `kind`: its resource and property, why, the routes it makes answer 501, and the AWS page that says what AWS does. */
function gapLines(gaps: NotModelled[], kind: NotModelled['kind'], title: string): string[] {
  const listed = gaps.filter((gap) => gap.kind === kind);
  if (listed.length === 0) return [];
  return [
    title,
    ...listed.flatMap((gap) => [
      `  ${gap.resource}, ${gap.property}: ${gap.reason}`,
      ...(gap.routes.length === 0 || kind === 'ignored by the framework'
        ? []
        : [
            `    501 on ${gap.routes.map((route) => `${route.method} ${route.path} (${route.door})`).join(', ')}`,
          ]),
      `    On AWS: ${gap.source}`,
    ]),
    '',
  ];
}
