/**
 * End to end, in real Chromium: the preview built for production registers QuotePart's
 * custom functions through the very file Excel loads (src/functions/functions.ts with the
 * `CustomFunctions.associate` calls the webpack plugin appends) and a formula cell of its
 * grid evaluates `=QUOTEPART.REPARTIR(…)`: the amounts spill below the formula, equal to
 * what the engine's function gives in Node, follow an edited weight, and a blank weight
 * shows `#VALEUR!` with its French message. No request may leave 127.0.0.1.
 *
 * Needs /usr/bin/chromium; builds the add-in into a temporary folder unless E2E_DIST names
 * an existing build (`ADDIN_URL=… npm run build -- --env preview`).
 */
import type { Page } from 'playwright-core';
import { repartir } from '../../src/engine';
import { previewBuild, type PreviewBuild } from './support/buildPreview';
import { launchBlockingChromium, type BlockingBrowser } from './support/launchChromium';
import { serveDirectory, type StaticServer } from './support/staticServer';

const SETUP_TIMEOUT = 15 * 60 * 1000;
const STEP_TIMEOUT = 60 * 1000;

let build: PreviewBuild | undefined;
let server: StaticServer;
let chromium: BlockingBrowser;

beforeAll(async () => {
  chromium = await launchBlockingChromium();
  build = await previewBuild();
  server = await serveDirectory(build.dir);
}, SETUP_TIMEOUT);

afterAll(async () => {
  await chromium?.browser.close();
  await server?.close();
  build?.cleanup();
});

/** Types `text` into a cell through the formula bar, as a user would. */
async function typeInCell(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`td[data-cell="${address}"]`).click();
  await page.getByLabel(`Cellule Feuil1!${address}`).fill(text);
  await page.getByRole('button', { name: 'Valider' }).click();
}

/** What the grid shows in a cell. */
const shown = (page: Page, address: string) =>
  page.locator(`td[data-cell="${address}"]`).innerText();

/** A number as the grid shows it (French decimal comma, no grouping in General format). */
const french = (value: number) => String(value).replace('.', ',');

describe('custom functions in the preview', () => {
  it('evaluates =QUOTEPART.REPARTIR in a formula cell through the registered function', async () => {
    const before = chromium.blocked.length;
    const page = await chromium.context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}preview.html?exemple=vide`);
    await page.locator('td[data-cell="A1"]').waitFor();

    // The functions file registered the four functions in the page's CustomFunctions.
    expect(
      await page.evaluate(() => [
        ...(
          window as unknown as { CustomFunctions: { mappings: Map<string, unknown> } }
        ).CustomFunctions.mappings.keys(),
      ]),
    ).toEqual(['REPARTIR', 'REPARTIR.CLE', 'PART', 'PALIERS']);

    const weights = [1, 1, 1];
    await typeInCell(page, 'A1', '100');
    for (const [i, w] of weights.entries()) await typeInCell(page, `A${i + 2}`, String(w));
    await typeInCell(page, 'B2', '=QUOTEPART.REPARTIR(A1;A2:A4)');
    const expected = (ws: number[]) => {
      const result = repartir(
        100,
        ws.map((w) => [w]),
      );
      if (!result.ok) throw new Error(result.error.message);
      return result.values.map(([v]) => french(v as number));
    };
    await page.locator('td[data-cell="B4"]').filter({ hasText: /\d/ }).waitFor();
    expect(await Promise.all(['B2', 'B3', 'B4'].map((a) => shown(page, a)))).toEqual(
      expected(weights),
    );
    expect(expected(weights)).toEqual(['33,34', '33,33', '33,33']);
    // The formula bar shows the formula, not its value.
    await page.locator('td[data-cell="B2"]').click();
    await expect(page.getByLabel('Cellule Feuil1!B2').inputValue()).resolves.toBe(
      '=QUOTEPART.REPARTIR(A1;A2:A4)',
    );

    // Editing a weight recalculates, as Excel does.
    await typeInCell(page, 'A4', '2');
    await page.locator('td[data-cell="B4"]').filter({ hasText: '50' }).waitFor();
    expect(await Promise.all(['B2', 'B3', 'B4'].map((a) => shown(page, a)))).toEqual(
      expected([1, 1, 2]),
    );

    // A blank weight: #VALEUR! in the cell, the French message beside the formula bar.
    await typeInCell(page, 'A3', '');
    await page.locator('td[data-cell="B2"]').filter({ hasText: '#VALEUR!' }).waitFor();
    expect(await shown(page, 'B3')).toBe('');
    await page.locator('td[data-cell="B2"]').click();
    await expect(
      page.getByRole('status').filter({ hasText: '« poids »' }).innerText(),
    ).resolves.toBe('« poids » (valeur n° 2) est vide : écrivez 0 ou un poids positif.');

    expect(errors).toEqual([]);
    expect(chromium.blocked.slice(before)).toEqual([]);
    await page.close();
  });
});
