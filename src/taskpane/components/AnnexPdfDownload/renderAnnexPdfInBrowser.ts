/**
 * The PDF convention annex laid out in the browser: the same `renderConventionPdf` as
 * the CLI, with the two DejaVu Sans Condensed files that webpack emits next to the
 * pane's chunks, fetched from the add-in's own origin (the pane's CSP allows it). Loaded
 * on demand (`import()`), so pdf-lib, fontkit and the fonts never weigh on the pane's
 * start.
 */
import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf';
import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf';
import type { ConventionAnnexModel } from '../../../engine';
import { renderConventionPdf, type RenderedPdf } from '../../../workbook/pdf/renderConventionPdf';

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`la police de l’annexe n’a pas pu être chargée (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The annex's PDF, built in the page. */
export async function renderAnnexPdfInBrowser(model: ConventionAnnexModel): Promise<RenderedPdf> {
  const [regular, bold] = await Promise.all([fetchFont(regularFontUrl), fetchFont(boldFontUrl)]);
  return renderConventionPdf(model, { regular, bold });
}
