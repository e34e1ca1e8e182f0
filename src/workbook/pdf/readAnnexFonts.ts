/**
 * The annex fonts in Node (CLI, demo, tests): DejaVu Sans Condensed and its bold, read
 * from the `dejavu-fonts-ttf` package (Bitstream Vera / DejaVu licence, free to embed).
 * The task pane fetches the same files, emitted by webpack next to its chunks.
 */
import { readFile } from 'node:fs/promises';
import type { AnnexFontFiles } from './renderConventionPdf';

/** Package paths of the two TrueType files. */
export const ANNEX_FONT_PATHS = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf',
} as const;

/** Reads both font files from node_modules. */
export async function readAnnexFonts(): Promise<AnnexFontFiles> {
  const [regular, bold] = await Promise.all([
    readFile(require.resolve(ANNEX_FONT_PATHS.regular)),
    readFile(require.resolve(ANNEX_FONT_PATHS.bold)),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
