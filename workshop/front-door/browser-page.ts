import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServedRoute } from './front-door';

/** A page that a browser loads from an origin of its own, to call the service across origins. */
export interface BrowserPage {
  /** The page's origin, e.g. http://localhost:5173: what CORS allows or not. */
  origin: string;
  stop: () => Promise<void>;
}

/**
 * Serves, on `port` (0: a free one), a page that calls each POST route (as they are when it
 * is loaded) with `fetch` and shows
 * what the browser lets it read: the status, the body and X-Request-Id, or that the browser
 * blocked the answer. Served on the allowed origin it shows CORS working; on another, blocked.
 */
export async function startBrowserPage(
  routes: () => ServedRoute[],
  port = 0,
  host = '127.0.0.1',
): Promise<BrowserPage> {
  const server: Server = createServer((request, response) => {
    if (request.url !== '/' && request.url !== '/index.html') {
      response.statusCode = 404;
      response.end('Not found');
      return;
    }
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(pageHtml(routes()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://localhost:${bound}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What the page's `callRoute` resolves with. */
export type PageResult =
  | { blocked: false; status: number; body: string; requestId: string | null }
  | { blocked: true; error: string };

function pageHtml(routes: ServedRoute[]): string {
  const posts = routes.filter((route) => route.method === 'POST' || route.method === 'ANY');
  const buttons = posts
    .flatMap((route) => [
      `<button data-url="${route.url}" data-body='{"blah": "blah1"}'>POST ${route.url} (${route.door}), JSON</button>`,
      `<button data-url="${route.url}" data-body="not json">POST ${route.url} (${route.door}), not JSON</button>`,
    ])
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Your API, called from a browser</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 60rem; }
    button { display: block; margin: 0.3rem 0; }
    pre { background: #f4f4f4; padding: 1rem; white-space: pre-wrap; }
    .blocked { color: #a00; }
  </style>
</head>
<body>
  <h1>Your API, called from a browser on <span id="origin"></span></h1>
  <p>Each button sends the request with <code>fetch</code>, as a front end would. The browser
  shows the page what CORS lets it read: the status, the body and <code>X-Request-Id</code>
  (only if the answer exposes it), or nothing at all.</p>
  <div>
    ${buttons}
  </div>
  <pre id="result">Click a button.</pre>
  <script>
    document.getElementById('origin').textContent = location.origin;
    window.callRoute = async (url, body) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          body,
          headers: { 'Content-Type': 'application/json' },
        });
        return {
          blocked: false,
          status: response.status,
          body: await response.text(),
          requestId: response.headers.get('X-Request-Id'),
        };
      } catch (error) {
        return { blocked: true, error: String(error) };
      }
    };
    for (const button of document.querySelectorAll('button')) {
      button.addEventListener('click', async () => {
        const shown = document.getElementById('result');
        shown.className = '';
        shown.textContent = 'Sending…';
        const result = await window.callRoute(button.dataset.url, button.dataset.body);
        if (result.blocked) {
          shown.className = 'blocked';
          shown.textContent = 'The browser blocked this answer (CORS): the page cannot read it.\\n' +
            'Open the developer tools (Console) to see why.\\n\\n' + result.error;
        } else {
          shown.textContent = 'Status: ' + result.status + '\\nX-Request-Id: ' +
            (result.requestId ?? '(not readable: not exposed, or not sent)') + '\\n\\n' + result.body;
        }
      });
    }
  </script>
</body>
</html>
`;
}
