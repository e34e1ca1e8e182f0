/**
 * Decoding and encoding of XML character data, plus the `_xHHHH_` escapes that OOXML uses
 * for characters XML cannot hold (ST_Xstring). Kept apart so the reader and the writer
 * agree on one definition.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Replaces XML entity and character references (`&amp;`, `&#233;`, `&#xE9;`). */
export function decodeXmlText(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code =
        ref.charCodeAt(1) === 120 ? parseInt(ref.substring(2), 16) : parseInt(ref.substring(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Undoes OOXML's `_xHHHH_` escapes in a string value (`_x000D_` → carriage return). */
export function decodeOoxmlEscapes(value: string): string {
  if (value.indexOf('_x') < 0) return value;
  return value.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

// Characters XML 1.0 cannot carry, and a literal `_xHHHH_` that would be misread as an escape.
const NEEDS_OOXML_ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9a-fA-F]{4}_)/g;

// Any character that escaping may change (one native regex pass: most cells need none).
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const MAY_NEED_ESCAPE = /[&<>"_\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Escapes a string for element text or a double-quoted attribute value. */
export function encodeXmlText(value: string): string {
  if (!MAY_NEED_ESCAPE.test(value)) return value;
  let out = value;
  if (/[&<>"]/.test(out))
    out = out
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  return out.replace(
    NEEDS_OOXML_ESCAPE,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}
