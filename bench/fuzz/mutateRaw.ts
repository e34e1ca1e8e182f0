/**
 * Random mutations of a valid RawWorkbook, the way files go wrong in real life: a cell
 * changes kind (text junk, huge or tiny number, boolean, date, Excel error, formula
 * without value, blank), a row is duplicated, deleted or swapped, a header is renamed or
 * its column deleted, a whole table disappears. Each returns a short description so a
 * failing case can be told in one line.
 */
import type { RawCell, RawTable, RawWorkbook } from '../../src/engine';
import type { SeededRandom } from '../../test/reference/seededRandom';

interface MutableTable {
  name: string;
  sheet: string;
  source: RawTable['source'];
  headerRow: number;
  firstColumn: number;
  headers: RawCell[];
  rows: RawCell[][];
  rowNumbers?: number[];
}

const JUNK_TEXT: readonly string[] = [
  'douze',
  '1 234,50',
  '1.234,50',
  '12 %',
  '-0',
  '0,000001',
  '1e6',
  '=SUM(A1:A3)',
  '#N/A',
  ' ',
  '\u00a0',
  '\u200b',
  'Oui',
  'Non',
  'x',
  '31/02/2026',
  '2026-07-01',
  '01/07/2026',
  'Égalitaire',
  '50% Population + 50% Agents',
  '100 %',
  '€',
  '∞',
  'NaN',
  'Référence',
  'Mise à disposition',
  '🙂 emoji',
  'שלום',
  "l'Aurèle",
  'A'.repeat(300),
  'Z'.repeat(5000),
];
const NUMBERS: readonly number[] = [
  0, -1, 1, 0.1, 0.005, 1e-9, 123456789.123, 1e12, -1e12, 1e15, 1e300, -1e300, 5e-324, 2026, 3, 12,
  150, 0.03,
];
const ERRORS: readonly string[] = [
  '#N/A',
  '#DIV/0!',
  '#REF!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#FORMULE',
];
const DATES: readonly string[] = [
  '2026-01-01',
  '2026-07-01',
  '2026-12-31',
  '2025-06-30',
  '2027-01-01',
  '1900-01-01',
  '2026-02-28',
];

/** A random replacement cell of any kind. */
export function randomCell(r: SeededRandom): RawCell {
  const roll = r.int(0, 9);
  if (roll <= 2) return r.pick(JUNK_TEXT);
  if (roll <= 4) return r.pick(NUMBERS) * (r.chance(0.2) ? -1 : 1);
  if (roll === 5) return r.chance(0.5);
  if (roll === 6) return { kind: 'date', iso: r.pick(DATES) };
  if (roll === 7) return { kind: 'error', code: r.pick(ERRORS) };
  return null;
}

function cloneTable(t: RawTable): MutableTable {
  const { name, sheet, source, headerRow, firstColumn } = t;
  return {
    name,
    sheet,
    source,
    headerRow,
    firstColumn,
    headers: [...t.headers],
    rows: t.rows.map((row) => [...row]),
    ...(t.rowNumbers ? { rowNumbers: [...t.rowNumbers] } : {}),
  };
}

function mutateCell(r: SeededRandom, t: MutableTable): string {
  const row = t.rows.length > 0 ? r.int(0, t.rows.length - 1) : -1;
  const column = r.int(0, Math.max(0, t.headers.length - 1));
  const cell = randomCell(r);
  if (row < 0) return `${t.name} : aucune ligne`;
  const cells = t.rows[row] as RawCell[];
  while (cells.length <= column) cells.push(null);
  cells[column] = cell;
  return `${t.name}[${row}].${String(t.headers[column])} = ${JSON.stringify(cell)?.slice(0, 40)}`;
}

function mutateRow(r: SeededRandom, t: MutableTable): string {
  if (t.rows.length === 0) return `${t.name} : aucune ligne`;
  const row = r.int(0, t.rows.length - 1);
  delete t.rowNumbers;
  const kind = r.int(0, 2);
  if (kind === 0) {
    t.rows.splice(row, 0, [...(t.rows[row] as RawCell[])]);
    return `${t.name}[${row}] dupliquée`;
  }
  if (kind === 1) {
    t.rows.splice(row, 1);
    return `${t.name}[${row}] supprimée`;
  }
  const other = r.int(0, t.rows.length - 1);
  const a = t.rows[row] as RawCell[];
  t.rows[row] = t.rows[other] as RawCell[];
  t.rows[other] = a;
  return `${t.name}[${row}] ↔ [${other}]`;
}

function mutateHeader(r: SeededRandom, t: MutableTable): string {
  if (t.headers.length === 0) return `${t.name} : aucun en-tête`;
  const column = r.int(0, t.headers.length - 1);
  const old = String(t.headers[column]);
  const kind = r.int(0, 3);
  if (kind === 0) {
    t.headers.splice(column, 1);
    for (const row of t.rows) row.splice(column, 1);
    return `${t.name}.${old} : colonne supprimée`;
  }
  if (kind === 1)
    t.headers[column] = old
      .toUpperCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  else if (kind === 2)
    t.headers[column] = `${old.slice(0, -1)}${old.slice(-1) === 'e' ? 'a' : 'e'}`;
  else t.headers[column] = t.headers[r.int(0, t.headers.length - 1)] ?? null;
  return `${t.name}.${old} → ${String(t.headers[column])}`;
}

/** The same number as French text: comma decimal mark, non-breaking thousands spaces. */
function frenchText(n: number): string | null {
  const plain = String(n);
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return null;
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** A change the contract says must not matter (or only renames): text forms, case, blank rows, order. */
function benign(r: SeededRandom, t: MutableTable): string {
  const kind = r.int(0, 4);
  if (kind === 0 && t.headers.length > 0) {
    const column = r.int(0, t.headers.length - 1);
    const old = t.headers[column];
    if (typeof old === 'string')
      t.headers[column] = r.chance(0.5)
        ? old.toUpperCase()
        : ` ${old.normalize('NFD').replace(/[\u0300-\u036f]/g, '')} `;
    return `${t.name}.${String(old)} → ${String(t.headers[column])}`;
  }
  if (kind === 1) {
    const at = r.int(0, t.rows.length);
    delete t.rowNumbers;
    t.rows.splice(
      at,
      0,
      t.headers.map(() => null),
    );
    return `${t.name} : ligne vide insérée en ${at}`;
  }
  if (t.rows.length === 0) return `${t.name} : aucune ligne`;
  const row = t.rows[r.int(0, t.rows.length - 1)] as RawCell[];
  const column = r.int(0, Math.max(0, row.length - 1));
  const cell = row[column] ?? null;
  const code = /^(compte|siret)$/i.test(String(t.headers[column] ?? '').trim());
  if (typeof cell === 'number' && Math.abs(cell) < 1e12 && cell !== 0 && cell !== 1 && !code) {
    const text = frenchText(cell);
    const money = /^(montant|attribution)/i.test(String(t.headers[column] ?? '').trim());
    if (text !== null) row[column] = money && r.chance(0.5) ? `${text} €` : text;
  } else if (cell !== null && typeof cell === 'object' && cell.kind === 'date') {
    const [y, m, d] = cell.iso.split('-');
    row[column] = r.chance(0.5) ? `${d}/${m}/${y}` : cell.iso;
  } else if (typeof cell === 'string' && kind === 4) {
    row[column] = `  ${cell}\u00a0`;
  }
  return `${t.name} : cellule ${JSON.stringify(cell)?.slice(0, 30)} → ${JSON.stringify(row[column])?.slice(0, 30)}`;
}

/**
 * Applies 1 to 3 random mutations to a copy of `workbook` (in 40 % of the cases only
 * changes that must not make it invalid); returns it and what was done.
 */
export function mutateRawWorkbook(
  workbook: RawWorkbook,
  r: SeededRandom,
): { workbook: RawWorkbook; mutations: string[]; benign: boolean } {
  const tables = workbook.tables.map(cloneTable);
  const mutations: string[] = [];
  const count = r.int(1, 3);
  const onlyBenign = r.chance(0.4);
  for (let k = 0; k < count && tables.length > 0; k += 1) {
    const index = r.int(0, tables.length - 1);
    const table = tables[index] as MutableTable;
    if (onlyBenign) {
      mutations.push(benign(r, table));
      continue;
    }
    const kind = r.next();
    if (kind < 0.55) mutations.push(mutateCell(r, table));
    else if (kind < 0.75) mutations.push(mutateRow(r, table));
    else if (kind < 0.93) mutations.push(mutateHeader(r, table));
    else {
      tables.splice(index, 1);
      mutations.push(`table ${table.name} supprimée`);
    }
  }
  return {
    workbook: { tables, sheetNames: tables.map((t) => t.sheet) },
    mutations,
    benign: onlyBenign,
  };
}
