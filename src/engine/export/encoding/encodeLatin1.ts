/**
 * ISO-8859-1 (Latin-1) encoding by a byte mapping of our own: each character U+0000–
 * U+00FF is its byte. Common typographic characters outside Latin-1 are first written
 * the way a finance package expects (`€` → `EUR`, `’` → `'`, `–` → `-`, narrow no-break
 * space → no-break space…, see LATIN1_SUBSTITUTES); any other character becomes `?` and is
 * counted, so that the export can say what was lost.
 */

/** Characters outside Latin-1 and what they are written as. */
export const LATIN1_SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u20ac': 'EUR',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u2192': '->',
  '\u2248': '~',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u03a3': 'Somme',
  '\u0153': 'oe',
  '\u0152': 'OE',
  '\u0178': 'Y',
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\u2007': ' ',
};

/** Bytes and what had to be changed. */
export interface Latin1Result {
  readonly bytes: Uint8Array;
  /** Characters written with a substitute of LATIN1_SUBSTITUTES. */
  readonly substituted: number;
  /** Characters with no Latin-1 form, written `?`. */
  readonly replaced: number;
  /** The distinct characters replaced by `?` (at most 10), for the message. */
  readonly replacedSamples: readonly string[];
}

/**
 * `text` NFC-normalised (so that `e` + combining accent is `é`) with the substitutes of
 * LATIN1_SUBSTITUTES applied: what will be written, before any length limit is applied.
 */
export function foldLatin1(text: string): { readonly text: string; readonly substituted: number } {
  const source = text.normalize('NFC');
  let first = 0;
  while (first < source.length && source.charCodeAt(first) <= 0xff) first++;
  if (first === source.length) return { text: source, substituted: 0 };
  let substituted = 0;
  let out = source.slice(0, first);
  for (const ch of source.slice(first)) {
    const substitute =
      ch.length === 1 && ch.charCodeAt(0) > 0xff ? LATIN1_SUBSTITUTES[ch] : undefined;
    if (substitute === undefined) out += ch;
    else {
      substituted++;
      out += substitute;
    }
  }
  return { text: out, substituted };
}

/** ISO-8859-1 bytes of `text` (NFC-normalised first, so that `e` + accent is `é`). */
export function encodeLatin1(text: string): Latin1Result {
  const folded = foldLatin1(text);
  const source = folded.text;
  const bytes = new Uint8Array(source.length);
  let o = 0;
  let replaced = 0;
  const samples = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const cu = source.charCodeAt(i);
    if (cu <= 0xff) {
      bytes[o++] = cu;
      continue;
    }
    const pair =
      cu >= 0xd800 &&
      cu <= 0xdbff &&
      i + 1 < source.length &&
      (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    replaced++;
    if (samples.size < 10) samples.add(pair ? source.slice(i, i + 2) : (source[i] ?? ''));
    if (pair) i++;
    bytes[o++] = 0x3f;
  }
  return {
    bytes: bytes.slice(0, o),
    substituted: folded.substituted,
    replaced,
    replacedSamples: [...samples],
  };
}
