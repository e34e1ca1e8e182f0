/**
 * Test helpers of the print test: LibreOffice converts workbooks to PDF, poppler's
 * pdftotext reads the PDF back, page by page, as text and as word boxes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** LibreOffice converts every file to PDF into `outDir`; returns the PDF paths, in order. */
export function convertToPdf(files: readonly string[], outDir: string, profile: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 500000 },
  );
  if (result.status !== 0) throw new Error(`soffice: ${result.stderr}`);
  const written = new Set(readdirSync(outDir));
  return files.map((file) => {
    const name = `${(file.split('/').pop() ?? '').replace(/\.xlsx$/, '')}.pdf`;
    if (!written.has(name)) throw new Error(`soffice wrote no ${name}: ${result.stderr}`);
    return join(outDir, name);
  });
}

/** The text of each page (pdftotext separates pages with a form feed). */
export function pageTexts(pdf: string): string[] {
  const result = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext: ${result.stderr}`);
  const pages = result.stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** One word box of a page, in points from the top left corner. */
export interface WordBox {
  readonly page: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly text: string;
}

/** Every word box of the PDF, with the page height. */
export function wordBoxes(pdf: string): { words: WordBox[]; pageHeight: number } {
  const result = spawnSync('pdftotext', ['-bbox', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pdftotext -bbox: ${result.stderr}`);
  const words: WordBox[] = [];
  let page = 0;
  let pageHeight = 0;
  const pattern =
    /<page width="[\d.]+" height="([\d.]+)">|<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of result.stdout.matchAll(pattern)) {
    if (match[1] !== undefined) {
      page++;
      pageHeight = Number(match[1]);
    } else
      words.push({ page, yMin: Number(match[2]), yMax: Number(match[3]), text: match[4] ?? '' });
  }
  return { words, pageHeight };
}

/** The median of numbers (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * A copy of a result workbook where only `sheet` is printed: every other sheet hidden and
 * `sheet` the active one (LibreOffice prints the active sheet even when hidden). Page
 * numbers then count this sheet's pages only. `edit` may change the sheet's part.
 */
export function onlySheetPrinted(
  workbook: Uint8Array,
  sheet: string,
  edit: (sheetXml: string) => string = (xml) => xml,
): Uint8Array {
  const files = unzipSync(workbook);
  const workbookXml = strFromU8(files['xl/workbook.xml'] as Uint8Array);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] as Uint8Array);
  const sheets = [...workbookXml.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
  const nameOf = (tag: string) => /name="([^"]*)"/.exec(tag)?.[1] ?? '';
  const decoded = (name: string) => name.replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const index = sheets.findIndex((tag) => decoded(nameOf(tag)) === sheet);
  if (index < 0) throw new Error(`no sheet ${sheet}`);
  let edited = workbookXml.replace(/<sheet [^>]*\/>/g, (tag) => {
    const plain = tag.replace(/ state="[^"]*"/, '');
    return decoded(nameOf(tag)) === sheet
      ? plain
      : plain.replace('<sheet ', '<sheet state="hidden" ');
  });
  edited = edited.includes('<workbookView')
    ? edited
        .replace(/(<workbookView[^>]*?) activeTab="\d+"/, '$1')
        .replace('<workbookView', `<workbookView activeTab="${index}"`)
    : edited.replace(
        '<sheets>',
        `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`,
      );
  files['xl/workbook.xml'] = strToU8(edited);
  const id = /r:id="([^"]+)"/.exec(sheets[index] as string)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(
    rels,
  );
  const part = `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`;
  files[part] = strToU8(edit(strFromU8(files[part] as Uint8Array)));
  return zipSync(files);
}
