import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where Chromium or Chrome is usually installed, by platform: the first that exists is used. */
const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    path.join(
      process.env.PROGRAMFILES ?? 'C:\\Program Files',
      'Google\\Chrome\\Application\\chrome.exe',
    ),
    path.join(process.env.LOCALAPPDATA ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
  ],
};

/** The machine's Chromium or Chrome (WORKSHOP_BROWSER names another), or undefined when there is none. */
export function findBrowser(): string | undefined {
  const named = process.env.WORKSHOP_BROWSER;
  if (named) return existsSync(named) ? named : undefined;
  return (CANDIDATES[process.platform] ?? []).find((candidate) => existsSync(candidate));
}

/** What to say when findBrowser finds none: how to get one. */
export const NO_BROWSER =
  'no Chromium or Chrome found (on Debian: apt-get install chromium-headless-shell; or set WORKSHOP_BROWSER), so the browser tests do not run.';
