import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../paths';
import { type BrowserPage, startBrowserPage } from '../browser-page';
import { FrontDoor } from '../front-door';
import { answeredCopy, applyEdits, type Edits } from '../testing/answered-copy';
import { browserOfThisFile } from '../testing/browser-of-this-file';

// The journey page in a real Chromium: for a request from the page on the allowed origin,
// from a page on another origin, its preflight, a thrown error and curl, the three panels
// say what the function returned, what API Gateway sent and why, what the browser let the
// page read, and the reason a browser gives when it blocks. One browser for the file, one
// local API per step, several requests per page. Screenshots go to ARTEFACTS (git-ignored).

/** Where the screenshots are left for a person to look at. */
const ARTEFACTS = path.join(repoRoot, '.workshop', 'artefacts', 'journey');

const { browser, afterAll: cleanups } = browserOfThisFile();
beforeAll(() => mkdirSync(ARTEFACTS, { recursive: true }));

interface Served {
  door: FrontDoor;
  /** The page on the origin the service allows, and one on another; both follow every journey. */
  allowed: BrowserPage;
  other: BrowserPage;
  folder: string;
}

/** `folder` behind the local API, its journeys fed to a page on the allowed origin and one on another. */
async function served(folder: string): Promise<Served> {
  let door: FrontDoor | undefined;
  const routes = () => door?.servedRoutes() ?? [];
  const allowed = await startBrowserPage(routes);
  const other = await startBrowserPage(routes, 0, undefined, allowed.journeys);
  cleanups(allowed.stop, other.stop);
  door = await FrontDoor.start({
    folder,
    env: { ALLOWED_ORIGIN: allowed.origin },
    onAnswer: (answered) => allowed.journeys.answered(answered),
  });
  cleanups(() => door?.stop());
  return { door, allowed, other, folder };
}

function answered(slug: string, edits: Edits = {}): string {
  const copy = answeredCopy(slug, edits);
  cleanups(copy.remove);
  return copy.folder;
}

/** The solution (serverless.yml and solution/), copied so that it can be edited. */
function solutionCopy(edits: Edits): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'journey-solution-'));
  cleanups(() => rmSync(folder, { recursive: true, force: true }));
  cpSync(path.join(repoRoot, 'serverless.yml'), path.join(folder, 'serverless.yml'));
  cpSync(path.join(repoRoot, 'solution', 'src'), path.join(folder, 'solution', 'src'), {
    recursive: true,
  });
  applyEdits(folder, edits);
  return folder;
}

/** A tab on `page`, with what Chromium says in its console (where it explains a CORS refusal). */
async function open(page: BrowserPage): Promise<{ tab: Page; console: string[] }> {
  const tab = await browser().newPage({ viewport: { width: 1400, height: 900 } });
  const console: string[] = [];
  tab.on('console', (message) => console.push(message.text()));
  await tab.goto(page.origin);
  return { tab, console };
}

/** Clicks the button named `label`; resolves once the page shows what it read of the answer. */
async function click(tab: Page, label: string): Promise<void> {
  await tab.getByRole('button', { name: label, exact: true }).click();
}

/** The text of each panel of the newest entry labelled `label`, once `ready` is in its browser panel. */
async function panels(
  tab: Page,
  label: string,
  ready = '.real',
): Promise<{ function: string; gateway: string; browser: string }> {
  const entry = tab.locator(`article[data-label=${JSON.stringify(label)}]`).first();
  await entry.locator(`[data-panel=browser] ${ready}`).first().waitFor();
  const text = (kind: string) =>
    entry
      .locator(`[data-panel=${kind}]`)
      .textContent()
      .then((text) => text ?? '');
  return {
    function: await text('function'),
    gateway: await text('gateway'),
    browser: await text('browser'),
  };
}

/** Resolves once `check` holds, or fails with what it last saw after `seconds`. */
async function until(check: () => boolean | Promise<boolean>, what: string, seconds = 20) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Waited ${seconds} s for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const jsonButton = (url: string, door: string) => `POST ${url} (${door}), JSON`;

describe('step 8 (a REST API), solved', () => {
  it('shows the 400 the page reads, its preflight, another origin blocked, and curl', async () => {
    const { door, allowed, other } = await served(answered('08-cors-on-errors'));
    const url = `${door.baseUrl}/throw`;
    const label = jsonButton(url, 'REST API');

    const { tab } = await open(allowed);
    await click(tab, label);
    const read = await panels(tab, label);
    expect(read.function).toMatch(/Status 400[\s\S]*x-request-id/);
    expect(read.gateway).toContain('x-amzn-requestid');
    expect(read.gateway).toContain('(added by API Gateway)');
    expect(read.gateway).toContain("Why: the function's response");
    expect(read.browser).toContain('Read by this page, in this browser.');
    expect(read.browser).toMatch(/Status 400[\s\S]*x-request-id/);
    expect(read.browser).toMatch(/Hidden from the page[^\n]*x-amzn-requestid/);
    const preflight = await panels(tab, `${label}: its preflight`, '.passed');
    expect(preflight.function).toContain('The function did not run');
    expect(preflight.gateway).toMatch(
      /Why: API Gateway answers OPTIONS \/throw itself[\s\S]*\(documented\)/,
    );
    expect(preflight.browser).toContain('It allows the request: the browser now sends the POST');

    // curl's request: judged for a browser on the page's origin, and labelled so.
    await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'curl/8.5.0' },
      body: '{"blah": "blah1"}',
    });
    const curl = await panels(tab, 'from curl', '.computed');
    expect(curl.browser).toContain(
      `What a browser on ${allowed.origin} would have been allowed to read`,
    );
    expect(curl.browser).toContain("No 'Access-Control-Allow-Origin' header is present");

    // From another origin, the preflight already refuses: the POST is never sent.
    const elsewhere = await open(other);
    await click(elsewhere.tab, label);
    const refused = await panels(elsewhere.tab, `${label}: its preflight`, '.blocked');
    const reason = `has a value '${allowed.origin}' that is not equal to the supplied origin`;
    expect(refused.browser).toContain(
      'Blocked: the browser never sends the request it asked about.',
    );
    expect(refused.browser).toContain(
      `Response to preflight request doesn't pass access control check: The 'Access-Control-Allow-Origin' header ${reason}`,
    );
    // The reason is the one Chromium itself gives.
    await until(
      () => elsewhere.console.some((line) => line.includes(reason)),
      `Chromium's console to say: ${reason}`,
    );
    await elsewhere.tab.screenshot({
      path: path.join(ARTEFACTS, 'step-08-another-origin.png'),
      fullPage: true,
    });
  });
});

describe('step 10 (an HTTP API), solved', () => {
  it('shows the CORS headers the HTTP API adds, and blocks another origin at the preflight', async () => {
    const { door, allowed, other } = await served(answered('10-http-api'));
    const label = jsonButton(new URL('/throw', door.httpApiUrl).href, 'HTTP API');
    const { tab } = await open(allowed);
    await click(tab, label);
    const read = await panels(tab, label);
    expect(read.gateway).toMatch(/access-control-allow-origin\s*\S+ \(added by API Gateway\)/);
    expect(read.browser).toMatch(/Status 400[\s\S]*x-request-id/);

    const elsewhere = await open(other);
    await click(elsewhere.tab, label);
    const refused = await panels(elsewhere.tab, `${label}: its preflight`, '.blocked');
    const reason = "No 'Access-Control-Allow-Origin' header is present on the requested resource.";
    expect(refused.browser).toContain(reason);
    await until(
      () => elsewhere.console.some((line) => line.includes(reason)),
      `Chromium's console to say: ${reason}`,
    );
  });
});

describe('step 11 (a Function URL), solved', () => {
  it('lets the allowed origin read, and says why another is blocked', async () => {
    const { door, allowed, other } = await served(answered('11-function-url'));
    const [origin] = Object.values(door.functionUrls);
    const label = jsonButton(`${origin}/`, 'Function URL');
    const { tab } = await open(allowed);
    await click(tab, label);
    expect((await panels(tab, label)).browser).toMatch(/Status 400[\s\S]*x-request-id/);

    const elsewhere = await open(other);
    await click(elsewhere.tab, label);
    const refused = await panels(elsewhere.tab, `${label}: its preflight`, '.blocked');
    expect(refused.browser).toContain(
      "Response to preflight request doesn't pass access control check",
    );
  });
});

describe('the solution', () => {
  it("shows a thrown error as the function's, the REST 502 as API Gateway's rule, and what the page reads", async () => {
    // The error mapping left out: what the handler throws reaches API Gateway.
    const folder = solutionCopy({
      'solution/src/handler.ts': (text) =>
        text.replace('withCors(withErrorMapping(handle))', 'withCors(handle)'),
    });
    const { door, allowed } = await served(folder);
    const label = jsonButton(`${door.baseUrl}/throw`, 'REST API');
    const { tab } = await open(allowed);
    await click(tab, label);
    const thrown = await panels(tab, label);
    expect(thrown.function).toContain(
      'It threw HttpError: This endpoint always answers 400 Bad Request.',
    );
    expect(thrown.gateway).toContain(
      'API Gateway made this answer itself from what the function did.',
    );
    expect(thrown.gateway).toMatch(/Status 502[\s\S]*Internal server error/);
    expect(thrown.gateway).toMatch(
      /Why: the function threw HttpError[^\n]*\((documented|recorded)\)/,
    );
    expect(thrown.gateway).toContain('the DEFAULT_5XX gateway response applies');
    // DEFAULT_5XX carries Access-Control-Allow-Origin: the page reads even the 502.
    expect(thrown.browser).toMatch(/Status 502[\s\S]*Internal server error/);
    await tab.screenshot({
      path: path.join(ARTEFACTS, 'solution-rest-502-thrown-error.png'),
      fullPage: true,
    });

    // After a save, the page says it was rebuilt (serve tells the journeys when it rebuilds).
    applyEdits(folder, {
      'solution/src/handler.ts': (text) =>
        text.replace('withCors(handle)', 'withCors(withErrorMapping(handle))'),
    });
    expect((await door.refresh()).outcome).toBe('rebuilt');
    allowed.journeys.rebuilt();
    await tab.locator('.divider', { hasText: 'Rebuilt with your saved files' }).waitFor();
    await click(tab, label);
    await tab
      .locator(`article[data-label=${JSON.stringify(label)}]`)
      .first()
      .locator('[data-panel=gateway]', { hasText: 'Status 400' })
      .waitFor();
  });
});
