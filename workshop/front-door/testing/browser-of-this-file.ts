import { type Browser, chromium } from 'playwright-core';
import { findBrowser } from '../find-browser';

/** A test file's Chromium, and what to stop or remove after its last test. */
export interface BrowserOfThisFile {
  /** The browser launched before the file's first test. */
  browser: () => Browser;
  /** Run after the file's tests, last added first, before the browser closes. */
  afterAll: (...cleanups: Array<() => Promise<void> | void>) => void;
}

/**
 * One Chromium for the whole test file (launching one per test would double the browser
 * tests' time), and its cleanups: the local APIs, pages and copies the tests started.
 */
export function browserOfThisFile(): BrowserOfThisFile {
  let browser: Browser | undefined;
  const cleanups: Array<() => Promise<void> | void> = [];
  beforeAll(async () => {
    const executablePath = findBrowser();
    if (executablePath === undefined)
      throw new Error('No Chromium or Chrome found: run these tests with npm run test:browser.');
    browser = await chromium.launch({ executablePath });
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    await browser?.close();
  });
  return {
    browser: () => {
      if (browser === undefined) throw new Error('The browser starts in beforeAll.');
      return browser;
    },
    afterAll: (...more) => {
      cleanups.push(...more);
    },
  };
}
