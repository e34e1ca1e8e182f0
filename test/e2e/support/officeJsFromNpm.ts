/**
 * Answers Microsoft's office.js CDN URLs from the @microsoft/office-js npm package, so the
 * production task pane page (which must keep the CDN tag) loads offline in tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** The CDN prefix of office.js. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

const PACKAGE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** Serves office.js and the files it loads from the npm package; returns the URLs answered. */
export async function serveOfficeJsFromNpm(context: BrowserContext): Promise<string[]> {
  const answered: string[] = [];
  await context.route(`${OFFICE_JS_CDN}**`, (route) => {
    const url = route.request().url();
    const file = path.resolve(
      PACKAGE_DIST,
      decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length)),
    );
    if (!file.startsWith(PACKAGE_DIST + path.sep) || !fs.existsSync(file))
      return route.fulfill({ status: 404, body: '' });
    answered.push(url);
    return route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: fs.readFileSync(file),
    });
  });
  return answered;
}
