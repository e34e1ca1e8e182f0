/**
 * Debian's Chromium driven by playwright-core (no browser download), with every request
 * that does not go to 127.0.0.1 blocked and recorded: the add-in must make no network
 * request of its own.
 */
import * as fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Where `apt-get install -y chromium` puts the browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from calling home (see shared office notes). */
const FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser, one context, and the outside requests that were blocked. */
export type BlockingBrowser = {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly blocked: string[];
};

/** Launches Chromium; throws a clear message when it is not installed. */
export async function launchBlockingChromium(): Promise<BlockingBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium introuvable à ${CHROMIUM_PATH} : installez-le avec « apt-get install -y chromium » (ou donnez son chemin dans CHROMIUM_PATH). Ce test ne se saute pas.`,
    );
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (
      (url.protocol === 'http:' && url.hostname === '127.0.0.1') ||
      url.protocol === 'data:' ||
      url.protocol === 'blob:'
    )
      return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return { browser, context, blocked };
}
