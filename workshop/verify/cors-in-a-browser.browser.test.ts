import path from 'node:path';
import { loadSteps, type Step } from '../curriculum/manifest';
import { type BrowserPage, type PageResult, startBrowserPage } from '../front-door/browser-page';
import { FrontDoor } from '../front-door/front-door';
import { answeredCopy, applyEdits, type Edits } from '../front-door/testing/answered-copy';
import { browserOfThisFile } from '../front-door/testing/browser-of-this-file';
import { repoRoot } from '../paths';
import { applyPatch, readPatch } from './wrong-patches';

// CORS as a real browser enforces it, on the workshop's local API (which answers as AWS
// would): a page on the allowed origin reads the 400, its body and X-Request-Id; a page on
// another origin is blocked; and the mistakes only a browser punishes are blocked.

const { browser, afterAll: cleanups } = browserOfThisFile();

interface Served {
  door: FrontDoor;
  allowed: BrowserPage;
  other: BrowserPage;
}

/** The answer of `folder` (a step with its answer, edited) behind the local API, with a page on the allowed origin and one on another. */
async function served(slug: string, edits: Edits = {}, patch?: string) {
  let folder = repoRoot;
  if (slug !== 'solution') {
    const copy = answeredCopy(slug);
    cleanups(copy.remove);
    folder = copy.folder;
    if (patch !== undefined) {
      const step = loadSteps().find((each) => each.slug === slug) as Step;
      const wrong = readPatch(step, path.join(repoRoot, 'answers', slug, 'wrong', patch));
      const failed = wrong instanceof Error ? wrong.message : applyPatch(wrong, folder);
      if (failed !== undefined) throw new Error(failed);
    }
    // After the patch: an edit may change what it does not touch.
    applyEdits(folder, edits);
  }
  let door: FrontDoor | undefined;
  const routes = () => door?.servedRoutes() ?? [];
  const allowed = await startBrowserPage(routes);
  const other = await startBrowserPage(routes);
  cleanups(allowed.stop, other.stop);
  // The page's origin is the one the service allows (custom.allowedOrigin reads ALLOWED_ORIGIN).
  door = await FrontDoor.start({ folder, env: { ALLOWED_ORIGIN: allowed.origin } });
  cleanups(() => door?.stop());
  return { door, allowed, other } satisfies Served;
}

async function callFrom(page: BrowserPage, url: string): Promise<PageResult> {
  const tab = await browser().newPage();
  try {
    await tab.goto(page.origin);
    return await tab.evaluate(
      (target) =>
        (
          globalThis as unknown as {
            callRoute: (url: string, body: string) => Promise<PageResult>;
          }
        ).callRoute(target, '{"blah": "blah1"}'),
      url,
    );
  } finally {
    await tab.close();
  }
}

/** The allowed origin reads the 400 and its X-Request-Id, which the body names too. */
function expectReadable400(result: PageResult): void {
  expect(result).toMatchObject({ blocked: false, status: 400 });
  if (result.blocked) return;
  expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(JSON.parse(result.body).requestId).toBe(result.requestId);
}

describe('step 8 (a REST API), solved', () => {
  it('lets the allowed origin read the 400 and X-Request-Id, and blocks another origin', async () => {
    const { door, allowed, other } = await served('08-cors-on-errors');
    expectReadable400(await callFrom(allowed, `${door.baseUrl}/throw`));
    expect(await callFrom(other, `${door.baseUrl}/throw`)).toMatchObject({ blocked: true });
  });

  it('blocks even the allowed origin when withCors does not wrap the error mapping: errors skip it', async () => {
    const { door, allowed } = await served(
      '08-cors-on-errors',
      {},
      'cors-inside-the-error-mapping.patch',
    );
    expect(await callFrom(allowed, `${door.baseUrl}/throw`)).toMatchObject({ blocked: true });
  });

  it('blocks another origin at the answer even when the preflight allows every origin (cors: true)', async () => {
    const { door, other } = await served(
      '08-cors-on-errors',
      {},
      'the-preflight-still-allows-every-origin.patch',
    );
    expect(await callFrom(other, `${door.baseUrl}/throw`)).toMatchObject({ blocked: true });
  });
});

describe('step 10 (an HTTP API), solved', () => {
  it('lets the allowed origin read the 400 and X-Request-Id, and blocks another origin', async () => {
    const { door, allowed, other } = await served('10-http-api');
    const url = new URL('/throw', door.httpApiUrl).href;
    expectReadable400(await callFrom(allowed, url));
    expect(await callFrom(other, url)).toMatchObject({ blocked: true });
  });

  it('hides X-Request-Id from the page when the HTTP API does not expose it', async () => {
    const { door, allowed } = await served('10-http-api', {
      'serverless.yml': (text) =>
        text.replace(/\n\s+exposedResponseHeaders:[^\n]*(\n\s+- [^\n]+)*/, ''),
    });
    const result = await callFrom(allowed, new URL('/throw', door.httpApiUrl).href);
    expect(result).toMatchObject({ blocked: false, status: 400, requestId: null });
  });
});

describe('step 11 (a Function URL), solved', () => {
  it('lets the allowed origin read the 400 and X-Request-Id, and blocks another origin', async () => {
    const { door, allowed, other } = await served('11-function-url');
    const [url] = Object.values(door.functionUrls);
    expectReadable400(await callFrom(allowed, url));
    expect(await callFrom(other, url)).toMatchObject({ blocked: true });
  });

  it('lets the allowed origin POST when url.cors.allowedMethods is [GET]: POST is CORS-safelisted, never checked against Access-Control-Allow-Methods', async () => {
    const { door, allowed } = await served('11-function-url', {
      'serverless.yml': (text) =>
        text.replace(
          '        exposedResponseHeaders:\n          - X-Request-Id\n',
          '        exposedResponseHeaders:\n          - X-Request-Id\n        allowedMethods:\n          - GET\n',
        ),
    });
    const [url] = Object.values(door.functionUrls);
    // The preflight allows GET only, as the URL's configuration says…
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        Origin: allowed.origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET');
    // …and Chromium still reads the answer to the page's POST.
    expectReadable400(await callFrom(allowed, url));
  });

  it("blocks even the allowed origin when the function keeps step 8's CORS headers behind url.cors: two Access-Control-Allow-Origin values", async () => {
    const { door, allowed } = await served(
      '11-function-url',
      {
        // The kept withCors reads the allowed origin, as step 8's did.
        'serverless.yml': (text) =>
          text.replace(
            '  stage: dev\n',
            `  stage: dev\n  environment:\n    ALLOWED_ORIGINS: $\{self:custom.allowedOrigin}\n`,
          ),
      },
      'function-keeps-its-cors-headers.patch',
    );
    const [url] = Object.values(door.functionUrls);
    expect(await callFrom(allowed, url)).toMatchObject({ blocked: true });
  });
});

describe('the solution', () => {
  it("lets the allowed origin read every route's 400, and blocks another origin on each", async () => {
    const { door, allowed, other } = await served('solution');
    const urls = [
      `${door.baseUrl}/throw`,
      new URL('/v2/throw', door.httpApiUrl).href,
      ...Object.values(door.functionUrls),
    ];
    for (const url of urls) {
      expectReadable400(await callFrom(allowed, url));
      expect(await callFrom(other, url)).toMatchObject({ blocked: true });
    }
  });
});
