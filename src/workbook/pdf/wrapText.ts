/**
 * Line breaking for the PDF: a text cut into lines no wider than a width, at ordinary
 * spaces only — the no-break spaces of French typography (U+00A0 before a colon, U+202F
 * in `1 234,50 €` and before `%`) never break, so an amount is never split. A word wider
 * than the line is cut between characters.
 */

/** Measures a text's width at the size being laid out. */
export type MeasureText = (text: string) => number;

function cutWord(word: string, width: number, measure: MeasureText): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current !== '' && measure(current + ch) > width) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** The lines of `text` (its own line breaks kept); at least one line, possibly empty. */
export function wrapText(text: string, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (measure(word) <= width) line = word;
      else {
        const parts = cutWord(word, width, measure);
        lines.push(...parts.slice(0, -1));
        line = parts[parts.length - 1] ?? '';
      }
    }
    lines.push(line);
  }
  return lines;
}
