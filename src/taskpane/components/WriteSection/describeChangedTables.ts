/**
 * The changed input tables of a stale run in French: "table Charges", "tables Charges et
 * Usages", "liste des feuilles". A table read both as an Excel table and as its sheet is
 * named once.
 */
import { SHEETS_KEY } from '../../stale/workbookFingerprint';

/** French list "a, b et c". */
function listFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** The changed tables of a fingerprint comparison, as one French phrase. */
export function describeChangedTables(changed: readonly string[]): string {
  const sheets = changed.includes(SHEETS_KEY);
  const tables = [
    ...new Set(
      changed
        .filter((name) => name !== SHEETS_KEY)
        .map((name) => name.replace(/ \(feuille\)$/, '')),
    ),
  ];
  const parts: string[] = [];
  if (tables.length > 0)
    parts.push(
      `${tables.length > 1 ? 'tables' : 'table'} ${listFr(tables.map((t) => `«\u00a0${t}\u00a0»`))}`,
    );
  if (sheets) parts.push('liste des feuilles');
  return parts.join(' ; ') || 'classeur';
}
