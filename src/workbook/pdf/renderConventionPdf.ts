/**
 * The convention annex as a PDF file (CLI `--annexe-pdf`, the pane's « Télécharger
 * l'annexe PDF »): the engine's printable model laid out on A4 pages with pdf-lib, in an
 * embedded DejaVu Sans Condensed (it has every French glyph, `€`, `≈`, `Σ`, `−` and the
 * narrow no-break space U+202F, which the PDF standard fonts lack), subset to the glyphs
 * used. Every page carries the running header (organisme, convention, exercice) and
 * `Page N / M`. Same code in Node and in the browser: the caller supplies the font files.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import type { ConventionAnnexModel, PrintBlock } from '../../engine';
import { GREY, PageFlow, RULE, type PdfFonts, type TextStyle } from './pageFlow';
import { A4, LEADING, MARGIN, SIZE, TEXT_WIDTH } from './pdfPage';
import { drawTable } from './drawTable';
import { drawBars } from './drawBars';
import { drawApproval } from './drawApproval';
import { layoutByCharacter } from './layoutByCharacter';

/** The TrueType files to embed (DejaVu Sans Condensed and its bold, `annexFontFiles`). */
export interface AnnexFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

const HEADING: Readonly<Record<1 | 2 | 3, TextStyle>> = {
  1: { size: SIZE.title, bold: true },
  2: { size: SIZE.heading, bold: true },
  3: { size: SIZE.subheading, bold: true },
};
const PARAGRAPH: TextStyle = { size: SIZE.paragraph };
const RUNNING: TextStyle = { size: SIZE.running, color: GREY };
/** Room kept under a heading, so that it is never the last line of a page. */
const KEEP_WITH_NEXT = 60;

function drawBlock(flow: PageFlow, block: PrintBlock): void {
  switch (block.kind) {
    case 'heading': {
      const style = HEADING[block.level];
      const lines = flow.wrap(block.text, TEXT_WIDTH, style);
      flow.room(lines.length * style.size * LEADING + KEEP_WITH_NEXT);
      if (!flow.pageIsEmpty) flow.y -= style.size * 0.6;
      flow.flowText(block.text, TEXT_WIDTH, style);
      flow.y -= style.size * 0.3;
      return;
    }
    case 'paragraph':
      flow.flowText(block.text, TEXT_WIDTH, PARAGRAPH);
      flow.y -= PARAGRAPH.size * 0.5;
      return;
    case 'table':
      drawTable(flow, block);
      return;
    case 'bars':
      drawBars(flow, block);
      return;
    case 'approval':
      drawApproval(flow, block.approval);
      return;
    case 'pageBreak':
      if (!flow.pageIsEmpty) flow.newPage();
      return;
  }
}

/** Writes the running header and `Page N / M` footer on every page, once all pages exist. */
function stampPages(doc: PDFDocument, fonts: PdfFonts, model: ConventionAnnexModel): void {
  const pages = doc.getPages();
  const font = fonts.regular;
  pages.forEach((page, k) => {
    const headerY = A4.height - MARGIN.top + 18;
    page.drawText(model.header, {
      x: MARGIN.left,
      y: headerY,
      size: RUNNING.size,
      font,
      color: GREY,
    });
    page.drawLine({
      start: { x: MARGIN.left, y: headerY - 4 },
      end: { x: MARGIN.left + TEXT_WIDTH, y: headerY - 4 },
      thickness: 0.4,
      color: RULE,
    });
    const number = `Page ${k + 1} / ${pages.length}`;
    const footerY = MARGIN.bottom - 24;
    page.drawText(model.footer, {
      x: MARGIN.left,
      y: footerY,
      size: RUNNING.size,
      font,
      color: GREY,
    });
    page.drawText(number, {
      x: MARGIN.left + TEXT_WIDTH - font.widthOfTextAtSize(number, RUNNING.size),
      y: footerY,
      size: RUNNING.size,
      font,
      color: GREY,
    });
  });
}

/** A rendered annex: the PDF file and its number of pages. */
export interface RenderedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
}

/** The PDF of the annex. */
export async function renderConventionPdf(
  model: ConventionAnnexModel,
  fontFiles: AnnexFontFiles,
): Promise<RenderedPdf> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: PdfFonts = {
    regular: await doc.embedFont(fontFiles.regular, { subset: true }),
    bold: await doc.embedFont(fontFiles.bold, { subset: true }),
  };
  layoutByCharacter(fonts.regular);
  layoutByCharacter(fonts.bold);
  const date = new Date(model.generatedAt);
  const when = Number.isNaN(date.getTime()) ? new Date(0) : date;
  doc.setTitle(model.title);
  if (model.author !== null) doc.setAuthor(model.author);
  doc.setSubject(model.header);
  doc.setLanguage('fr-FR');
  doc.setCreator('QuotePart');
  doc.setProducer('QuotePart (pdf-lib)');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const flow = new PageFlow(doc, fonts);
  for (const block of model.blocks) drawBlock(flow, block);
  stampPages(doc, fonts, model);
  return { bytes: await doc.save(), pages: doc.getPageCount() };
}
