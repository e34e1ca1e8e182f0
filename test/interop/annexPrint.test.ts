/**
 * The sample's annexes print legibly through LibreOffice (`npm run test:interop`; needs
 * `soffice`, poppler-utils and the Carlito font, metric-compatible with Calibri — see
 * TESTING.md). For each `QP Annexe …` sheet of the sample's result workbook, a copy where
 * only that sheet prints is converted to PDF, then read back with pdftotext:
 *
 * - A4, a plausible page count, « Page p / N » on every page and the annex title (the
 *   repeated title rows) on every page: a column cut across pages would give pages to
 *   the right without the title;
 * - every member of the service appears in the text;
 * - the scale written in pageSetup is at least 85 %, and the measured one too: the
 *   median height of the words in the body of the pages, divided by the same median for
 *   the same sheet printed at 100 %.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { computeOutput } from '../workbook/xlsx/validity/computeOutput';
import { convertToPdf, median, onlySheetPrinted, pageTexts, wordBoxes } from './support/pdfText';

const ROOT = resolve(__dirname, '../..');
/** The page header and the repeated title rows lie within this many points of the top. */
const TOP_POINTS = 150;
const work = mkdtempSync(join(tmpdir(), 'qp-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Printed {
  readonly sheet: string;
  readonly service: string;
  readonly pages: string[];
  /** Words at the top of each page (page header and repeated title rows), in order. */
  readonly tops: string[];
  readonly written: number;
  readonly measured: number;
  readonly textPoints: number;
}

/** Normalised text: one space for any run of spaces, a word cut after a hyphen joined again. */
function flat(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/-\s*\n\s*/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * Blank pages (no text at all, not even the page header) at the end of a PDF. LibreOffice
 * 7.x sometimes ends a sheet that has repeated title rows with one such page, counted in
 * « N » (see TESTING.md); every other page must carry the header, title and footer.
 */
function trailingBlankPages(pages: readonly string[]): number {
  let blank = 0;
  while (blank < pages.length && (pages[pages.length - 1 - blank] ?? '').trim() === '') blank++;
  return blank;
}

/** Median height of the words between the top and bottom margins (header and footer left out). */
function bodyWordHeight(pdf: string): number {
  const { words, pageHeight } = wordBoxes(pdf);
  const margin = 0.75 * 72;
  return median(
    words
      .filter((w) => w.yMin > margin && w.yMax < pageHeight - margin && /\p{L}{3}/u.test(w.text))
      .map((w) => w.yMax - w.yMin),
  );
}

function sheetPartOf(workbook: Uint8Array, sheet: string): string {
  const files = unzipSync(workbook);
  const workbookXml = strFromU8(files['xl/workbook.xml'] as Uint8Array);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] as Uint8Array);
  const tag = [...workbookXml.matchAll(/<sheet [^>]*\/>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet.replace(/'/g, '&apos;')}"`));
  const id = /r:id="([^"]+)"/.exec(tag ?? '')?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
  return strFromU8(files[`xl/${target.replace(/^\/?xl\//, '')}`] as Uint8Array);
}

describe('printed annexes of the sample (LibreOffice → PDF)', () => {
  let printed: Printed[] = [];
  let members = new Map<string, string[]>();

  beforeAll(async () => {
    const fonts = spawnSync('fc-list', [':family=Carlito'], { encoding: 'utf8' }).stdout;
    if (fonts.trim() === '')
      throw new Error(
        'police Carlito absente : apt-get install fonts-crosextra-carlito (voir TESTING.md)',
      );
    const result = await computeOutput(
      new Uint8Array(readFileSync(join(ROOT, 'assets/sample.xlsx'))),
    );
    expect(result.code).toBe(0);
    const output = result.output as Uint8Array;
    const json = result.json as {
      quoteParts: { scenario: string; service: string; member: string }[];
    };
    members = new Map();
    for (const q of json.quoteParts.filter((q) => q.scenario === 'Référence'))
      members.set(q.service, [...(members.get(q.service) ?? []), q.member]);
    const workbookXml = strFromU8(unzipSync(output)['xl/workbook.xml'] as Uint8Array);
    const sheets = [...workbookXml.matchAll(/<sheet [^>]*name="(QP Annexe[^"]*)"/g)].map((m) =>
      (m[1] ?? '').replace(/&apos;/g, "'"),
    );
    const files: string[] = [];
    const references: string[] = [];
    sheets.forEach((sheet, k) => {
      const file = join(work, `annexe${k + 1}.xlsx`);
      writeFileSync(file, onlySheetPrinted(output, sheet));
      files.push(file);
      const reference = join(work, `reference${k + 1}.xlsx`);
      writeFileSync(
        reference,
        onlySheetPrinted(output, sheet, (xml) => xml.replace(/scale="\d+"/, 'scale="100"')),
      );
      references.push(reference);
    });
    const profile = join(work, 'profile');
    const pdfs = convertToPdf(files, join(work, 'pdf'), profile);
    const referencePdfs = convertToPdf(references, join(work, 'pdf100'), profile);
    printed = sheets.map((sheet, k) => {
      const pdf = pdfs[k] as string;
      const pages = pageTexts(pdf);
      const title = /Annexe financière — (.+?) — exercice \d{4}/.exec(flat(pages[0] ?? ''));
      const written = Number(/<pageSetup[^>]*scale="(\d+)"/.exec(sheetPartOf(output, sheet))?.[1]);
      const textPoints = bodyWordHeight(pdf);
      const { words } = wordBoxes(pdf);
      const tops = pages.map((_, k) =>
        words
          .filter((w) => w.page === k + 1 && w.yMax < TOP_POINTS)
          .map((w) => w.text)
          .join(' '),
      );
      return {
        sheet,
        service: title?.[1] ?? '',
        pages,
        tops,
        written,
        textPoints,
        measured: textPoints / bodyWordHeight(referencePdfs[k] as string),
      };
    });
    const figures = printed.map(
      (p) =>
        `${p.sheet} : ${p.pages.length} page(s) dont ${trailingBlankPages(p.pages)} blanche(s) en fin, échelle écrite ${p.written} %, mesurée ${Math.round(p.measured * 100)} %, hauteur médiane des mots ${p.textPoints.toFixed(2)} pt`,
    );
    console.log(figures.join('\n'));
  }, 600000);

  test('one PDF per annex sheet, each of a service of the sample', () => {
    expect(printed.length).toBe(members.size);
    for (const p of printed) expect(members.has(p.service)).toBe(true);
  });

  test('plausible page count, « Page p / N » and the title rows on every page', () => {
    for (const p of printed) {
      const blank = trailingBlankPages(p.pages);
      expect(blank).toBeLessThanOrEqual(1);
      expect(p.pages.length).toBeGreaterThanOrEqual(1 + blank);
      expect(p.pages.length).toBeLessThanOrEqual(15);
      const seen = p.pages.slice(0, p.pages.length - blank).map((text, k) => {
        const page = flat(text);
        return {
          page: k + 1,
          footer: page.includes(`Page ${k + 1} / ${p.pages.length}`),
          title: (p.tops[k] ?? '').includes(`Annexe financière — ${p.service}`),
        };
      });
      expect({ sheet: p.sheet, seen }).toEqual({
        sheet: p.sheet,
        seen: seen.map((s) => ({ ...s, footer: true, title: true })),
      });
    }
  });

  test('every member of the service appears in the printed text', () => {
    for (const p of printed) {
      const text = flat(p.pages.join('\n'));
      const missing = (members.get(p.service) ?? []).filter((m) => !text.includes(m));
      expect({ sheet: p.sheet, missing }).toEqual({ sheet: p.sheet, missing: [] });
    }
  });

  test('printed at 85 % or more: the scale written and the size of the text measured', () => {
    for (const p of printed) {
      expect(p.written).toBeGreaterThanOrEqual(85);
      expect(p.measured).toBeGreaterThanOrEqual(0.84);
      expect(Math.abs(p.measured - p.written / 100)).toBeLessThan(0.03);
    }
  });
});
