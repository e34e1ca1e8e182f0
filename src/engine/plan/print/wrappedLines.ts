/**
 * Lines a text takes when a cell of a given width wraps it: greedy word wrap, a word longer
 * than the line broken across lines, as Excel and LibreOffice do. Widths are in characters
 * of the column unit; `charWidth` is how wide one character of the text is in that unit
 * (more than 1 for bold or larger fonts), so the estimate errs on the side of more lines.
 */

/** Number of lines (at least 1) `text` wraps to in `width` characters. */
export function wrappedLines(text: string, width: number, charWidth = 1): number {
  const perLine = Math.max(1, Math.floor(width / charWidth));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    // Only ordinary spaces break a line: « 1 234,56 € » keeps its no-break spaces together.
    for (const word of paragraph.split(/[ \t]+|(?<=-)/)) {
      if (word === '') continue;
      let length = word.length;
      const needed = used === 0 ? length : used + 1 + length;
      if (needed <= perLine) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      while (length > perLine) {
        lines += 1;
        length -= perLine;
      }
      used = length;
    }
  }
  return Math.max(1, lines);
}

/**
 * Length of the longest unbreakable piece of `text` (the narrowest width that never
 * breaks a word): lines break at ordinary spaces and after a hyphen (« Sainte-Colombe- »).
 */
export function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/[ \t\n]+/))
    for (const piece of word.split(/(?<=-)/)) longest = Math.max(longest, piece.length);
  return longest;
}
