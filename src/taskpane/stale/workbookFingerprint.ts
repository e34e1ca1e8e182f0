/**
 * A fingerprint of the input a run read: one hash per input table (and one for the list
 * of input sheets), so that the pane can tell, just before writing, whether the workbook
 * changed since the compute and which tables changed. Computed on the page in slices
 * (the page repaints between two), from the same `RawWorkbook` the engine reads.
 * QuotePart's own sheets (`QP …`, `~QP…`) are left out: writing them is not a change.
 */
import { OWNED_SHEET_PREFIX, type RawCell, type RawWorkbook } from '../../engine';
import { yieldToPage } from '../../workbook/office/yieldToPage';

/** Hash of each input table by name, plus `SHEETS_KEY` for the list of input sheets. */
export type WorkbookFingerprint = ReadonlyMap<string, string>;

/** Key of the input sheets' names in a fingerprint. */
export const SHEETS_KEY = '(feuilles)';

/** Cells hashed between two turns given to the page. */
const CELLS_PER_SLICE = 50_000;

/** Whether a sheet is QuotePart's own (results, or temporary sheets of a write). */
function isOwnedName(name: string): boolean {
  return name.startsWith(OWNED_SHEET_PREFIX) || name.startsWith('~QP');
}

/** Two 32-bit FNV-1a hashes with different seeds over a text: 64 bits, as 16 hex digits. */
class TextHash {
  private a = 0x811c9dc5;
  private b = 0x01000193;

  add(text: string): void {
    let { a, b } = this;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
    // A separator no cell text produces alone, so that ["ab", ""] and ["a", "b"] differ.
    this.a = Math.imul(a ^ 0x1f, 0x01000193);
    this.b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  }

  digest(): string {
    const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
    return hex(this.a) + hex(this.b);
  }
}

/** One cell as text, its type included (the number 1, the text "1" and TRUE differ). */
function cellText(cell: RawCell): string {
  if (cell === null) return '_';
  if (typeof cell === 'string') return `s${cell}`;
  if (typeof cell === 'number') return `n${cell}`;
  if (typeof cell === 'boolean') return cell ? 'T' : 'F';
  return cell.kind === 'date' ? `d${cell.iso}` : `e${cell.code}`;
}

/** The fingerprint of a workbook's input. */
export async function fingerprintWorkbook(workbook: RawWorkbook): Promise<WorkbookFingerprint> {
  const hashes = new Map<string, string>();
  const sheets = new TextHash();
  for (const name of workbook.sheetNames) if (!isOwnedName(name)) sheets.add(name);
  hashes.set(SHEETS_KEY, sheets.digest());
  let sinceYield = 0;
  for (const table of workbook.tables) {
    if (isOwnedName(table.sheet)) continue;
    const hash = new TextHash();
    hash.add(`${table.source}|${table.sheet}|${table.headerRow}|${table.firstColumn}`);
    for (const header of table.headers) hash.add(cellText(header));
    for (const [r, row] of table.rows.entries()) {
      hash.add(`r${table.rowNumbers?.[r] ?? ''}`);
      for (const cell of row) hash.add(cellText(cell));
      sinceYield += row.length + 1;
      if (sinceYield >= CELLS_PER_SLICE) {
        sinceYield = 0;
        await yieldToPage();
      }
    }
    const key = table.source === 'table' ? table.name : `${table.name} (feuille)`;
    hashes.set(key, hash.digest());
  }
  return hashes;
}

/**
 * What changed between two fingerprints: names of the tables whose content changed,
 * appeared or disappeared (`SHEETS_KEY` when sheets were added, removed or renamed).
 * Empty when the input is the same.
 */
export function changedTables(before: WorkbookFingerprint, after: WorkbookFingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name));
}
