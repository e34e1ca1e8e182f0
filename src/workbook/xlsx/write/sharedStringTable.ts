/**
 * The shared string table of the output workbook (`xl/sharedStrings.xml`): the input's
 * table kept item for item (its indices are what the input's cells refer to) with the
 * texts of the large plan tables appended. A text repeated on many rows (debtor, SIRET,
 * service, object, account…) is then written once and referred to by a short index.
 * Long texts (a base de liquidation is unique to its row) stay inline: sharing them would
 * not shrink the sheet and would keep every one of them in memory.
 */
import { attributeOf, findElement, findElements, withAttribute } from '../xml/xmlElements';
import { decodeOoxmlEscapes, decodeXmlText } from '../xml/xmlText';
import { textElementXml } from './cellXml';

/** SpreadsheetML's transitional namespace: the only one new `<si>` items are written in. */
export const SPREADSHEETML_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Texts longer than this stay inline strings. */
export const MAX_SHARED_TEXT_CHARS = 100;

/** Characters the appended items may hold in all; texts beyond it stay inline (bounds memory). */
export const MAX_ADDED_CHARS = 16_000_000;

const PLAIN_ITEM = /^<t(?:\s+xml:space="preserve")?>([^<]*)<\/t>$/;

/** The input's table, as far as the writer needs it. */
interface ExistingTable {
  /** The part's text, or null when the input has no shared strings part. */
  readonly xml: string | null;
  /** Items in the input's table (the index of the first appended item). */
  readonly itemCount: number;
  /** The input's `count` attribute (references), or null. */
  readonly count: number | null;
  /** Index of each plain-text item (`<si><t>…</t></si>`), first occurrence. */
  readonly plain: Map<string, number>;
}

/**
 * Reads the input's table; null when it is not one new items can be appended to in plain
 * SpreadsheetML (no root `<sst>`, or a prefixed or other namespace).
 */
function readExistingTable(xml: string | null): ExistingTable | null {
  if (xml === null) return { xml: null, itemCount: 0, count: null, plain: new Map() };
  const root = findElement(xml, 'sst');
  if (
    root === null ||
    root.prefix !== '' ||
    attributeOf(root.startTag, 'xmlns') !== SPREADSHEETML_NS
  )
    return null;
  const plain = new Map<string, number>();
  const items = findElements(xml, 'si');
  items.forEach((item, index) => {
    if (item.selfClosing) return;
    const match = PLAIN_ITEM.exec(xml.substring(item.openEnd, item.closeStart));
    if (match === null) return;
    // Without xml:space="preserve", a reader may drop edge spaces: only reuse items read alike.
    if (!(match[0] as string).startsWith('<t ') && /^\s|\s$/.test(match[1] as string)) return;
    const text = decodeOoxmlEscapes(decodeXmlText(match[1] as string));
    if (!plain.has(text)) plain.set(text, index);
  });
  const count = Number(attributeOf(root.startTag, 'count'));
  return {
    xml,
    itemCount: items.length,
    count: Number.isInteger(count) && count >= 0 ? count : null,
    plain,
  };
}

/** The table the large sheets share their texts through, then written as the workbook's part. */
export class SharedStringTable {
  private readonly indexes: Map<string, number>;
  private readonly added: string[] = [];
  private addedChars = 0;
  /** References (`t="s"` cells) written by the plan sheets so far. */
  references = 0;

  private constructor(private readonly existing: ExistingTable) {
    this.indexes = existing.plain;
  }

  /** The table continuing the input's part (`xml`, null when absent), or null when it cannot be appended to. */
  static continuing(xml: string | null): SharedStringTable | null {
    const existing = readExistingTable(xml);
    return existing === null ? null : new SharedStringTable(existing);
  }

  /**
   * The index of `text` (added when new), counting one reference; -1 when the text is to be
   * written inline (too long, or the table's budget spent).
   */
  share(text: string): number {
    // Checked first: looking a long text up would hash it, for nothing.
    if (text.length > MAX_SHARED_TEXT_CHARS) return -1;
    let index = this.indexes.get(text);
    if (index === undefined) {
      if (this.addedChars + text.length > MAX_ADDED_CHARS) return -1;
      index = this.existing.itemCount + this.added.length;
      this.added.push(text);
      this.addedChars += text.length;
      this.indexes.set(text, index);
    }
    this.references++;
    return index;
  }

  /** Counts one more reference to an index `share` returned (a cell repeating the previous one). */
  reference(): void {
    this.references++;
  }

  /** Items appended to the input's table. */
  get addedCount(): number {
    return this.added.length;
  }

  /** The part's XML, in pieces: the input's items unchanged, then the appended ones. */
  *partPieces(): Generator<string> {
    const existingXml = this.existing.xml;
    const uniqueCount = String(this.existing.itemCount + this.added.length);
    const count = String((this.existing.count ?? this.existing.itemCount) + this.references);
    let tail = '</sst>';
    if (existingXml === null) {
      yield (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="${SPREADSHEETML_NS}" count="${count}" uniqueCount="${uniqueCount}">`
      );
    } else {
      const root = findElement(existingXml, 'sst');
      if (root === null) throw new Error('sharedStrings: root lost');
      const startTag = withAttribute(
        withAttribute(root.startTag, 'count', count),
        'uniqueCount',
        uniqueCount,
      ).replace(/\s*\/>$/, '>');
      yield existingXml.substring(0, root.start) + startTag;
      yield existingXml.substring(root.openEnd, root.closeStart);
      tail = root.selfClosing
        ? '</sst>' + existingXml.substring(root.end)
        : existingXml.substring(root.closeStart);
    }
    let batch = '';
    for (const text of this.added) {
      batch += `<si>${textElementXml(text)}</si>`;
      if (batch.length > 65_536) {
        yield batch;
        batch = '';
      }
    }
    yield batch + tail;
  }
}
