/**
 * A strict RFC 4180 reader for the exported titres files (quoted fields may hold the
 * separator, doubled quotes and line breaks), so that the end-to-end test reads the file
 * the way the finance software would, not with a split on the separator.
 */

/** Records of a CSV text (without its byte order mark); throws on a malformed quote. */
export function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field === '') {
      const end = closingQuote(text, i + 1);
      field = text.slice(i + 1, end).replace(/""/g, '"');
      i = end + 1;
      if (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n')
        throw new Error(`caractère après un champ entre guillemets à la position ${i}`);
      continue;
    }
    if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += char;
    }
    i++;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** Index of the quote that closes a field opened before `from`. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return i;
  }
  throw new Error('guillemet non fermé');
}
