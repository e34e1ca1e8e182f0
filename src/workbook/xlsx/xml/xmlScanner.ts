/**
 * A small pull scanner over XML text, fast enough for sheets of hundreds of thousands of
 * rows (no DOM, no per-node objects). It reports start tags, end tags and text; element
 * and attribute names are compared by local name, so `<x:row>` and `<row>` read alike.
 * Comments, processing instructions and DOCTYPE are skipped; CDATA is text.
 */
import { decodeXmlText } from './xmlText';

/** Token kinds returned by `XmlScanner.next`. */
export const XML_EOF = 0;
export const XML_START = 1;
export const XML_END = 2;
export const XML_TEXT = 3;

/** Token kinds returned by `XmlScanner.next`. */
export type XmlToken = typeof XML_EOF | typeof XML_START | typeof XML_END | typeof XML_TEXT;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Pull scanner: call `next()` until it returns XML_EOF. */
export class XmlScanner {
  private readonly xml: string;
  private pos = 0;
  /** Local name of the current start or end tag. */
  name = '';
  /** Whether the current start tag closes itself (`<c/>`). */
  selfClosing = false;
  /** Offset of the current token's first character (`<` of a tag). */
  tokenStart = 0;
  /** Qualified name of the current start or end tag, prefix included (`x:row`). */
  qualifiedName = '';
  private attrStart = 0;
  private attrEnd = 0;
  private attrsParsed = false;
  private readonly attrNames: string[] = [];
  private readonly attrValues: string[] = [];
  private attrCount = 0;
  private simpleAttrs = true;
  private textStart = 0;
  private textEnd = 0;
  private textIsCdata = false;

  constructor(xml: string) {
    this.xml = xml;
  }

  /** Advances to the next token. */
  next(): XmlToken {
    const xml = this.xml;
    for (;;) {
      const pos = this.pos;
      this.tokenStart = pos;
      if (pos >= xml.length) return XML_EOF;
      if (xml.charCodeAt(pos) !== 60 /* < */) {
        let end = xml.indexOf('<', pos);
        if (end < 0) end = xml.length;
        this.textStart = pos;
        this.textEnd = end;
        this.textIsCdata = false;
        this.pos = end;
        return XML_TEXT;
      }
      const second = xml.charCodeAt(pos + 1);
      if (second === 47 /* / */) {
        const end = xml.indexOf('>', pos);
        const stop = end < 0 ? xml.length : end;
        this.qualifiedName = xml.substring(pos + 2, stop).trim();
        this.name = localName(this.qualifiedName);
        this.pos = stop + 1;
        return XML_END;
      }
      if (second === 63 /* ? */) {
        this.pos = skipTo(xml, '?>', pos);
        continue;
      }
      if (second === 33 /* ! */) {
        if (xml.startsWith('<!--', pos)) {
          this.pos = skipTo(xml, '-->', pos);
          continue;
        }
        if (xml.startsWith('<![CDATA[', pos)) {
          let end = xml.indexOf(']]>', pos);
          if (end < 0) end = xml.length;
          this.textStart = pos + 9;
          this.textEnd = end;
          this.textIsCdata = true;
          this.pos = end + 3;
          return XML_TEXT;
        }
        this.pos = skipTo(xml, '>', pos);
        continue;
      }
      return this.readStartTag(pos);
    }
  }

  private readStartTag(pos: number): XmlToken {
    const xml = this.xml;
    let i = pos + 1;
    const length = xml.length;
    while (i < length) {
      const c = xml.charCodeAt(i);
      if (isSpace(c) || c === 62 /* > */ || c === 47 /* / */) break;
      i++;
    }
    this.qualifiedName = xml.substring(pos + 1, i);
    this.name = localName(this.qualifiedName);
    this.attrStart = i;
    let quote = 0;
    let simple = true;
    while (i < length) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34) {
        quote = c;
      } else if (c === 62) {
        break;
      } else if (c === 39 || c === 9 || c === 10 || c === 13) {
        simple = false;
        if (c === 39) quote = c;
      }
      i++;
    }
    this.simpleAttrs = simple;
    this.selfClosing = xml.charCodeAt(i - 1) === 47;
    this.attrEnd = this.selfClosing ? i - 1 : i;
    this.attrsParsed = false;
    this.pos = i + 1;
    return XML_START;
  }

  /** Offset just after the current token (after `>` of a tag). */
  get position(): number {
    return this.pos;
  }

  /** Decoded text of the current text token. */
  text(): string {
    const raw = this.xml.substring(this.textStart, this.textEnd);
    return this.textIsCdata ? raw : decodeXmlText(raw);
  }

  /** Value of an attribute of the current start tag, by local name (`id` matches `r:id`), or null. */
  attr(name: string): string | null {
    if (!this.attrsParsed) this.parseAttributes();
    const names = this.attrNames;
    for (let k = 0; k < this.attrCount; k++) {
      if (names[k] === name) return this.attrValues[k] ?? null;
    }
    return null;
  }

  /**
   * Faster `attr` for unqualified attributes of hot elements (cells, rows): `key` is the
   * attribute as written with one leading space and `="`, e.g. ' r="'. Falls back to
   * `attr` when the tag uses single quotes or other whitespace.
   */
  quickAttr(key: string, name: string): string | null {
    if (!this.simpleAttrs) return this.attr(name);
    const xml = this.xml;
    const first = key.charCodeAt(1);
    const last = this.attrEnd - key.length;
    let at = -1;
    for (let i = this.attrStart; i <= last; i++) {
      if (xml.charCodeAt(i + 1) === first && xml.charCodeAt(i) === 32 && xml.startsWith(key, i)) {
        at = i;
        break;
      }
    }
    if (at < 0) return null;
    const start = at + key.length;
    const end = xml.indexOf('"', start);
    const raw = xml.substring(start, end);
    return raw.indexOf('&') < 0 ? raw : decodeXmlText(raw);
  }

  private parseAttributes(): void {
    this.attrsParsed = true;
    this.attrCount = 0;
    const xml = this.xml;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < end && xml.charCodeAt(i) !== 61 /* = */ && !isSpace(xml.charCodeAt(i))) i++;
      const name = xml.substring(nameStart, i);
      while (i < end && xml.charCodeAt(i) !== 61) i++;
      i++;
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) break;
      const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (valueEnd < 0 || valueEnd > end) break;
      if (name.length > 0 && !name.startsWith('xmlns')) {
        this.attrNames[this.attrCount] = localName(name);
        this.attrValues[this.attrCount] = decodeXmlText(xml.substring(i + 1, valueEnd));
        this.attrCount++;
      }
      i = valueEnd + 1;
    }
  }

  /**
   * Text content of the current element, up to its end tag (nested tags ignored, their
   * text kept). Call right after a non-self-closing start tag; consumes the end tag.
   */
  elementText(): string {
    if (this.selfClosing) return '';
    const xml = this.xml;
    const close = xml.indexOf('<', this.pos);
    // Fast path: plain text then the end tag.
    if (close >= 0 && xml.charCodeAt(close + 1) === 47) {
      const raw = xml.substring(this.pos, close);
      const end = xml.indexOf('>', close);
      this.pos = end < 0 ? xml.length : end + 1;
      return decodeXmlText(raw);
    }
    let depth = 1;
    let out = '';
    for (;;) {
      const token = this.next();
      if (token === XML_EOF) return out;
      if (token === XML_TEXT) out += this.text();
      else if (token === XML_START) {
        if (!this.selfClosing) depth++;
      } else if (--depth === 0) return out;
    }
  }

  /** Skips the current element's content and its end tag (no-op for a self-closing tag). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (;;) {
      const token = this.next();
      if (token === XML_EOF) return;
      if (token === XML_START) {
        if (!this.selfClosing) depth++;
      } else if (token === XML_END && --depth === 0) return;
    }
  }
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.substring(colon + 1);
}

function skipTo(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  return end < 0 ? xml.length : end + marker.length;
}
