import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { repoRoot } from '../paths';
import type { ServedRoute } from './front-door';
import { JourneyHub } from './journey/journey-hub';

/** A page that a browser loads from an origin of its own, to call the service across origins. */
export interface BrowserPage {
  /** The page's origin, e.g. http://localhost:5173: what CORS allows or not. */
  origin: string;
  /** The journeys the page shows: feed it each answered request. */
  journeys: JourneyHub;
  stop: () => Promise<void>;
}

/** The page's script and style, read at each request (the CLI runs from a bundle elsewhere). */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/journey.js': { file: 'page.js', type: 'text/javascript; charset=utf-8' },
  '/journey.css': { file: 'page.css', type: 'text/css; charset=utf-8' },
};

/** The most a page's own POST (an announcement) may hold. */
const PAGE_BODY_LIMIT = 16 * 1024;

/**
 * Serves, on `port` (0: a free one), the journey page: buttons that call each POST route (as
 * they are when it is loaded) with `fetch`, and for each request `serve` answers, from the
 * page or from anyone, three panels: what the function returned, what API Gateway sent and
 * why, what the browser let the page read. `journeys` feeds it (by default a hub of its own,
 * which assumes a browser on the page's origin for requests no browser sent).
 */
export async function startBrowserPage(
  routes: () => ServedRoute[],
  port = 0,
  host = '127.0.0.1',
  journeys?: JourneyHub,
): Promise<BrowserPage> {
  let hub = journeys;
  const server: Server = createServer((request, response) => {
    void answer(request, response, routes, hub as JourneyHub);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  const origin = `http://localhost:${bound}`;
  hub ??= new JourneyHub(origin);
  return {
    origin,
    journeys: hub,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What the page's `callRoute` resolves with. */
export type PageResult =
  | {
      blocked: false;
      status: number;
      body: string;
      requestId: string | null;
      headers: Array<[string, string]>;
    }
  | { blocked: true; error: string };

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  routes: () => ServedRoute[],
  journeys: JourneyHub,
): Promise<void> {
  response.on('error', () => {});
  const url = new URL(request.url ?? '/', 'http://localhost');
  try {
    if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      send(response, 200, 'text/html; charset=utf-8', pageHtml(routes()));
      return;
    }
    const asset = ASSETS[url.pathname];
    if (request.method === 'GET' && asset !== undefined) {
      const file = path.join(repoRoot, 'workshop', 'front-door', 'journey', asset.file);
      send(response, 200, asset.type, await readFile(file, 'utf8'));
      return;
    }
    if (request.method === 'GET' && url.pathname === '/journey/events') {
      journeys.follow(response);
      return;
    }
    if (request.method === 'POST' && url.pathname === '/journey/announce') {
      const said = await readJson(request);
      const ticket = journeys.announce({
        label: String(said.label),
        method: String(said.method),
        url: String(said.url),
        origin: String(said.origin),
      });
      send(response, 200, 'application/json', JSON.stringify({ ticket }));
      return;
    }
    if (request.method === 'POST' && url.pathname === '/journey/settled') {
      journeys.settled(String((await readJson(request)).ticket));
      send(response, 204, 'text/plain', '');
      return;
    }
    send(response, 404, 'application/json', JSON.stringify({ message: 'Not found' }));
  } catch (error) {
    send(
      response,
      400,
      'application/json',
      JSON.stringify({ message: `The journey page cannot use this: ${(error as Error).message}` }),
    );
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  if (response.headersSent) return;
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  response.setHeader('Cache-Control', 'no-store');
  response.end(body);
}

/** A small JSON object from the page; anything else throws, for a 400. */
async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > PAGE_BODY_LIMIT) throw new Error(`a body over ${PAGE_BODY_LIMIT} bytes`);
  }
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('the body must be a JSON object');
  return value as Record<string, unknown>;
}

/** The routes' buttons: each POST (or ANY) route with a JSON body, and one that is not JSON. */
function pageHtml(routes: ServedRoute[]): string {
  const posts = routes.filter((route) => route.method === 'POST' || route.method === 'ANY');
  const buttons = posts
    .flatMap((route) => [
      button(`POST ${route.url} (${route.door}), JSON`, route.url, '{"blah": "blah1"}'),
      button(`POST ${route.url} (${route.door}), not JSON`, route.url, 'not json'),
    ])
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Each request's journey: function, API Gateway, browser</title>
  <link rel="stylesheet" href="/journey.css">
</head>
<body>
  <header>
    <h1>Each request's journey, seen from a page on <span id="origin"></span></h1>
    <p>A button sends its request with <code>fetch</code>, as a front end would. Every request
    <code>serve</code> answers, from this page or from curl, appears below as three panels:
    what the function returned, what API Gateway sent (and the rule that changed it), and what
    the browser let the page read. What changed from one panel to the next is marked.</p>
    <nav aria-label="Requests to send">
      ${buttons}
    </nav>
    <p id="build" role="status" aria-live="polite"></p>
    <p id="news" class="visually-hidden" role="status" aria-live="polite"></p>
    <button type="button" id="clear">Clear the list</button>
  </header>
  <main id="journeys" aria-label="Journeys, newest first">
    <p id="empty">No request yet: press a button, or send one with curl.</p>
  </main>
  <script src="/journey.js"></script>
</body>
</html>
`;
}

function button(label: string, url: string, body: string): string {
  return `<button type="button" class="send" data-url="${escapeHtml(url)}" data-body="${escapeHtml(body)}">${escapeHtml(label)}</button>`;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
