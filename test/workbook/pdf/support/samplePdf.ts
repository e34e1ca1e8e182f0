/**
 * The sample's convention annex as the CLI makes it: assets/sample.xlsx read by the xlsx
 * adapter, computed by the engine, laid out with the embedded fonts. Also every text the
 * PDF draws, recorded on its way to pdf-lib (text extraction needs poppler, which CI
 * lacks: the pdftotext check is in test/interop).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PDFPage } from 'pdf-lib';
import {
  buildConventionAnnex,
  runQuotePart,
  type ConventionAnnexOptions,
  type RunOutcome,
} from '../../../../src/engine';
import { readXlsxWorkbook } from '../../../../src/workbook/xlsx/read/readXlsxWorkbook';
import {
  renderConventionPdf,
  type RenderedPdf,
} from '../../../../src/workbook/pdf/renderConventionPdf';
import { readAnnexFonts } from '../../../../src/workbook/pdf/readAnnexFonts';

/** assets/sample.xlsx, computed. */
export async function sampleOutcome(): Promise<RunOutcome> {
  const bytes = new Uint8Array(
    await readFile(resolve(__dirname, '../../../../assets/sample.xlsx')),
  );
  const outcome = runQuotePart(await readXlsxWorkbook(bytes), {
    generatedAt: '2026-04-01T09:00:00Z',
    version: 'test',
    source: 'sample.xlsx',
    host: 'cli',
  });
  if (outcome.status !== 'ok') throw new Error('sample invalid');
  return outcome;
}

/** A rendered annex with the texts drawn on each page, in drawing order. */
export interface DrawnPdf extends RenderedPdf {
  readonly texts: readonly string[];
  /** The texts drawn at a height (points from the page's bottom), for the running header and footer. */
  readonly at: (y: number) => readonly string[];
}

/** Renders the annex of `outcome`, recording every `drawText`. */
export async function renderRecorded(
  outcome: RunOutcome,
  options: ConventionAnnexOptions = {},
): Promise<DrawnPdf> {
  const texts: string[] = [];
  const heights: number[] = [];
  const original = PDFPage.prototype.drawText;
  const spy = jest.spyOn(PDFPage.prototype, 'drawText').mockImplementation(function (
    this: PDFPage,
    text,
    options,
  ) {
    texts.push(text);
    heights.push(options?.y ?? 0);
    return original.call(this, text, options);
  });
  try {
    const pdf = await renderConventionPdf(
      buildConventionAnnex(outcome, options),
      await readAnnexFonts(),
    );
    const at = (y: number) => texts.filter((_, k) => Math.abs((heights[k] ?? 0) - y) < 0.01);
    return { ...pdf, texts, at };
  } finally {
    spy.mockRestore();
  }
}
