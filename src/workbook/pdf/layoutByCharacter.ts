/**
 * One glyph per character for the embedded fonts: pdf-lib asks fontkit to shape every
 * string it draws or measures (OpenType substitution lookups on each call), which made
 * the layout of the sample's annex take seconds. The annex's texts need no shaping (Latin
 * script, no ligature wanted: a ligature would also spoil text extraction), so each
 * character's glyph is looked up once and reused. Relies on pdf-lib 1.17's custom font
 * embedder keeping its fontkit font in `embedder.font`; when it does not, nothing changes
 * (pdf-lib's own shaping is then used, only slower).
 */
import type { PDFFont } from 'pdf-lib';

/** The part of a fontkit glyph and font used here. */
interface Glyph {
  readonly advanceWidth: number;
}
interface FontkitFont {
  glyphForCodePoint(codePoint: number): Glyph;
  layout: (text: string) => { glyphs: Glyph[]; positions: unknown[] };
}

function isFontkitFont(value: unknown): value is FontkitFont {
  const font = value as Partial<FontkitFont> | null | undefined;
  return typeof font?.glyphForCodePoint === 'function' && typeof font.layout === 'function';
}

/** Makes `font` lay text out one cached glyph per character; returns whether it could. */
export function layoutByCharacter(font: PDFFont): boolean {
  const fontkitFont = (font as unknown as { embedder?: { font?: unknown } }).embedder?.font;
  if (!isFontkitFont(fontkitFont)) return false;
  const cache = new Map<number, Glyph>();
  fontkitFont.layout = (text: string) => {
    const glyphs: Glyph[] = [];
    for (const ch of text) {
      const codePoint = ch.codePointAt(0) ?? 0;
      let glyph = cache.get(codePoint);
      if (glyph === undefined) {
        glyph = fontkitFont.glyphForCodePoint(codePoint);
        cache.set(codePoint, glyph);
      }
      glyphs.push(glyph);
    }
    const positions = glyphs.map((g) => ({
      xAdvance: g.advanceWidth,
      yAdvance: 0,
      xOffset: 0,
      yOffset: 0,
    }));
    return { glyphs, positions };
  };
  return true;
}
