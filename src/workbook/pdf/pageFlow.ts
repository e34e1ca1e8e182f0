/**
 * The PDF being laid out, top to bottom: the current page and the height left on it. A
 * block asks for the height it needs (`room`) and gets a new page when it does not fit;
 * pages are added as text flows, and numbered once all are known (`stampPages`).
 */
import { PDFDocument, PDFFont, PDFPage, rgb, type RGB } from 'pdf-lib';
import { A4, LEADING, MARGIN } from './pdfPage';
import { wrapText } from './wrapText';

/** The embedded fonts. */
export interface PdfFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** Text colours. */
export const INK = rgb(0.1, 0.1, 0.1);
export const GREY = rgb(0.35, 0.35, 0.35);
export const RULE = rgb(0.6, 0.6, 0.6);

/** Options of one drawn line of text. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: RGB;
}

/**
 * Width of a text at size 1 as the sum of its characters' advances, cached per character:
 * pdf-lib draws an embedded font's glyphs without kerning, so the sum is the drawn width,
 * and measuring through the font's shaping for every candidate line would be slow.
 */
function advanceMeter(font: PDFFont): (text: string) => number {
  const cache = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (const ch of text) {
      let w = cache.get(ch);
      if (w === undefined) {
        w = font.widthOfTextAtSize(ch, 1);
        cache.set(ch, w);
      }
      width += w;
    }
    return width;
  };
}

/** The layout cursor over the document's pages. */
export class PageFlow {
  private readonly meters: { regular: (t: string) => number; bold: (t: string) => number };
  page: PDFPage;
  /** Distance from the page's bottom edge to the top of the next thing drawn. */
  y: number;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
  ) {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN.top;
    this.meters = { regular: advanceMeter(fonts.regular), bold: advanceMeter(fonts.bold) };
  }

  /** Starts a new page. */
  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN.top;
  }

  /** Whether nothing has been drawn on the current page yet. */
  get pageIsEmpty(): boolean {
    return this.y === A4.height - MARGIN.top;
  }

  /** Makes sure `height` fits below the cursor (new page otherwise); returns whether a page was added. */
  room(height: number): boolean {
    if (this.y - height >= MARGIN.bottom || this.pageIsEmpty) return false;
    this.newPage();
    return true;
  }

  /** The font of a style. */
  font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Width of `text` in a style. */
  width(text: string, style: TextStyle): number {
    return (style.bold ? this.meters.bold : this.meters.regular)(text) * style.size;
  }

  /** Lines of `text` wrapped to `width` in a style. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    return wrapText(text, width, (t) => this.width(t, style));
  }

  /** Draws one line whose top is at `top`, starting at `x`. */
  line(text: string, x: number, top: number, style: TextStyle): void {
    if (text === '') return;
    this.page.drawText(text, {
      x,
      y: top - style.size,
      size: style.size,
      font: this.font(style),
      color: style.color ?? INK,
    });
  }

  /** Draws wrapped text across `width` from the cursor, moving it down (page breaks between lines). */
  flowText(text: string, width: number, style: TextStyle, indent = 0): void {
    const height = style.size * LEADING;
    for (const line of this.wrap(text, width - indent, style)) {
      this.room(height);
      this.line(line, MARGIN.left + indent, this.y, style);
      this.y -= height;
    }
  }
}
