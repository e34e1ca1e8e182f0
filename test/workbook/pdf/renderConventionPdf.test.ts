/**
 * The sample's PDF convention annex, parsed back with pdf-lib: A4 pages numbered
 * « Page N / M », the running header on each, the document's metadata, every member
 * name and every amount of each service's split drawn, the glyphs of every text in the
 * embedded font (U+202F included), and the same bytes for the same run.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { readFile } from 'node:fs/promises';
import { buildConventionAnnex, type RunOutcome } from '../../../src/engine';
import { A4, MARGIN } from '../../../src/workbook/pdf/pdfPage';
import { ANNEX_FONT_PATHS } from '../../../src/workbook/pdf/readAnnexFonts';
import { renderRecorded, sampleOutcome, type DrawnPdf } from './support/samplePdf';

let outcome: RunOutcome;
let pdf: DrawnPdf;

beforeAll(async () => {
  outcome = await sampleOutcome();
  pdf = await renderRecorded(outcome);
}, 120_000);

/** French display of a money decimal string, as the annex writes it (`1 234,50 €`). */
function euro(decimal: string): string {
  const [int, frac = ''] = decimal.replace('-', '').split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${decimal.startsWith('-') ? '-' : ''}${grouped},${frac.padEnd(2, '0')}\u00a0€`;
}

describe('PDF convention annex of the sample', () => {
  test('is a PDF whose every page is A4 portrait, numbered « Page N / M » under the running header', async () => {
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBe(pdf.pages);
    const services = outcome.details!.services.length;
    // A title page with the comparison, at least a page per service, the approval page.
    expect(pdf.pages).toBeGreaterThanOrEqual(services + 2);
    for (const page of doc.getPages()) {
      const box = page.getMediaBox();
      expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 595.28, 841.89]);
    }
    const footer = pdf.at(MARGIN.bottom - 24);
    const header = pdf.at(A4.height - MARGIN.top + 18);
    for (let n = 1; n <= pdf.pages; n++) expect(footer).toContain(`Page ${n} / ${pdf.pages}`);
    expect(footer.filter((t) => t.startsWith('Page '))).toHaveLength(pdf.pages);
    expect(header).toEqual(
      Array(pdf.pages).fill(
        "Communauté d'agglomération du Val d'Aurèle · n° 2024-017 du 12 décembre 2024 · Exercice 2026",
      ),
    );
  });

  test('carries French metadata and the run date, so that one run always prints the same bytes', async () => {
    const doc = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Annexe financière à la convention — exercice 2026');
    expect(doc.getAuthor()).toBe("Communauté d'agglomération du Val d'Aurèle");
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-04-01T09:00:00.000Z');
    const again = await renderRecorded(outcome);
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });

  test('draws every member name and every quote-part and billed amount of each service, and each total', () => {
    const drawn = pdf.texts.join('\n');
    const flat = drawn.replace(/\s+/g, '');
    for (const member of outcome.details!.members)
      expect(flat).toContain(member.name.replace(/\s+/g, ''));
    for (const s of outcome.details!.services)
      for (const line of s.lines) {
        expect(pdf.texts).toContain(euro(line.quotePart));
        expect(pdf.texts).toContain(euro(line.billed));
      }
    for (const s of outcome.details!.services) expect(pdf.texts).toContain(euro(s.billedTotal));
    for (const t of outcome.json.titres) expect(drawn).toContain(euro(t.amount));
  });

  test('has the comparison chart, the calculation of each line and one signature box per party', () => {
    expect(pdf.texts).toContain('Quote-parts par membre selon le scénario');
    expect(pdf.texts).toContain('Vu et approuvé');
    const boxes = pdf.texts.filter((t) => t === 'Signature et cachet');
    // The organisme (also the porteur member) and the 13 other members.
    expect(boxes).toHaveLength(outcome.details!.members.length);
    const lines = outcome.details!.services.reduce((n, s) => n + s.lines.length, 0);
    expect(pdf.texts.filter((t) => t === 'Calcul :')).toHaveLength(lines);
    // Each calculation is the annex's own text (the `Calcul` column), wrapped over lines.
    const flat = pdf.texts.join('').replace(/\s+/g, '');
    const model = buildConventionAnnex(outcome);
    const calculations = model.blocks.flatMap((b) =>
      b.kind === 'table' ? b.rows.flatMap((r) => r.details.map((d) => d.text)) : [],
    );
    expect(calculations).toHaveLength(lines);
    for (const text of calculations) expect(flat).toContain(text.replace(/\s+/g, ''));
  });

  test('every character drawn has a glyph in the embedded font, the narrow no-break space among them', async () => {
    const font = fontkit.create(
      Buffer.from(await readFile(require.resolve(ANNEX_FONT_PATHS.regular))),
    );
    const chars = new Set([...pdf.texts.join('')]);
    expect(chars.has('\u202f')).toBe(true);
    expect(chars.has('€')).toBe(true);
    const missing = [...chars].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
  });

  test('one service only: its annex, its members in the approval, fewer pages', async () => {
    const one = await renderRecorded(outcome, { service: 'messagerie' });
    expect(one.pages).toBeLessThan(pdf.pages);
    expect(one.texts).toContain('Annexe financière — Messagerie — exercice 2026');
    expect(one.texts).not.toContain('Annexe financière — Logiciels métiers — exercice 2026');
    const service = outcome.details!.services.find((s) => s.name === 'Messagerie')!;
    const parties = new Set(service.lines.map((l) => l.member));
    expect(one.texts.filter((t) => t === 'Signature et cachet').length).toBeLessThanOrEqual(
      parties.size + 1,
    );
  });
});
