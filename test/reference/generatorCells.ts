/**
 * Building blocks shared by the random workbook generators (v1 tables in
 * generateRandomWorkbook.ts, contract §6 additions in generateV11Features.ts): the
 * generated members and services, name respellings the contract must match, money and
 * date cells in the forms §1 accepts, and raw-table helpers.
 */
import type { RawCell, RawTable } from '../../src/engine/input/rawWorkbook';
import type { SeededRandom } from './seededRandom';

export type Model = 'MAD' | 'SC' | 'G';

export interface GenMember {
  name: string;
  porteur: boolean;
  ac: number | null; // cents
  entree: string | null;
  sortie: string | null;
  present: boolean;
  criteria: Map<string, number>; // column -> value (scaled integer / 10^decimals kept as number)
  type: string | null;
  siret: RawCell;
}

export interface GenService {
  name: string;
  model: Model;
  key: string | null;
  unit: string | null;
  unitCost: number | null;
  rate: RawCell;
  ac: boolean;
  separee: boolean;
  account: RawCell;
  echeances: RawCell;
  participants: GenMember[];
  adhesions: boolean;
}

export interface GenUsage {
  service: GenService;
  member: GenMember;
  unit: string;
  quantity: RawCell;
  positive: boolean;
}

export const MEMBER_BASES = [
  'Commune d’Aubais',
  "Commune d'Écully",
  'Saint-Étienne-du-Bois',
  'CCAS de Lunel',
  'Syndicat des eaux',
  'Hôpital local',
  'Mairie de Béziers',
  'Communauté de communes',
  'Village de Noël',
  'SIVU Forêt',
  'Département',
  'Bourg-la-Reine',
  'Île-Tudy',
  'CIAS Œuvres',
  'Régie',
];
export const SERVICE_BASES = [
  'Informatique',
  'Messagerie',
  'Logiciel RH',
  'Hébergement',
  'Téléphonie',
  'SIG',
  'Assistance',
  'Licences bureautiques',
  'Sauvegarde',
  'Réseau',
];
export const MAD_UNITS = ['Heures', 'Tickets', 'Postes de travail', 'Go', 'Jours'];
export const KEY_UNITS = [
  'Licences',
  'Bulletins de paie',
  'Mandats',
  'Boîtes aux lettres',
  'Utilisateurs',
];
export const TYPES = [
  'Commune',
  'EPCI',
  'Syndicat',
  'CCAS',
  'Hôpital',
  'État',
  'Département',
  'Région',
  'Autre',
];

/** Name-matching key of the contract (case, accents, spaces, underscores, ’ = '). */
export function normalize(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u2019/g, "'")
    .toLowerCase()
    .replace(/[\s_]/g, '');
}

/** Another spelling of a name that the contract says must match it. */
export function respell(r: SeededRandom, name: string): string {
  switch (r.int(0, 9)) {
    case 0:
      return name.toUpperCase();
    case 1:
      return name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    case 2:
      return name.replace(/ /g, '_');
    case 3:
      return name.replace(/'/g, '’');
    default:
      return name;
  }
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Money text in French form (thousands separated by a kind of space, comma decimal). */
export function frenchMoney(r: SeededRandom, cents: number): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const intPart = String(Math.floor(abs / 100));
  const sep = r.pick([' ', '\u00a0', '\u202f']);
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const dec = pad(abs % 100, 2);
  return `${neg ? '-' : ''}${grouped},${dec}${r.chance(0.5) ? ' €' : ''}`;
}

/** A money cell: a number most of the time, else French or English text. */
export function moneyCell(r: SeededRandom, cents: number): RawCell {
  const roll = r.next();
  if (roll < 0.8) return cents / 100;
  if (roll < 0.93) return frenchMoney(r, cents);
  return String(cents / 100);
}

/**
 * Amount in cents, small most of the time so that the floor and carry-over trigger;
 * with `small`, always below 300 €.
 */
export function amountCents(r: SeededRandom, small = false): number {
  if (small) return r.int(0, 30000);
  const roll = r.next();
  if (roll < 0.5) return r.int(0, 6000);
  if (roll < 0.8) return r.int(6000, 300000);
  if (roll < 0.97) return r.int(300000, 500000000);
  return r.int(0, 100000) * 1000000000 + r.int(0, 999999999); // up to 10^12 €
}

/** A number with up to `maxDecimals` decimals, below `maxInt`. */
export function decimalNumber(r: SeededRandom, maxInt: number, maxDecimals: number): number {
  const d = r.int(0, maxDecimals);
  const scale = 10 ** d;
  return r.int(0, maxInt * scale) / scale;
}

export function dateCell(r: SeededRandom, iso: string): RawCell {
  const [y, m, d] = iso.split('-');
  switch (r.int(0, 2)) {
    case 0:
      return { kind: 'date', iso };
    case 1:
      return `${d}/${m}/${y}`;
    default:
      return iso;
  }
}

export function randomIso(r: SeededRandom, year: number): string {
  const y = r.chance(0.85) ? year : r.pick([year - 1, year + 1]);
  const m = r.int(1, 12);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m, 2)}-${pad(r.int(1, days), 2)}`;
}

export function trueCell(r: SeededRandom): RawCell {
  return r.pick<RawCell>(['Oui', 'oui', 'O', 'x', 'Vrai', 'True', true, 1, 'OUI']);
}

export function falseCell(r: SeededRandom): RawCell {
  return r.pick<RawCell>(['Non', 'non', 'N', 'Faux', 'false', false, 0]);
}

export function rateCell(r: SeededRandom): RawCell {
  const pct = r.pick(['3', '5', '10', '2,5', '3,75', '0', '12']);
  const value = Number(pct.replace(',', '.')) / 100;
  switch (r.int(0, 3)) {
    case 0:
      return `${pct} %`;
    case 1:
      return `${pct}%`;
    case 2:
      return value;
    default:
      return String(value).replace('.', ',');
  }
}

export function header(r: SeededRandom, h: string): string {
  return r.chance(0.15) ? respell(r, h) : h;
}

export function makeTable(
  r: SeededRandom,
  name: string,
  headers: string[],
  rows: RawCell[][],
): RawTable {
  const withBlank = rows.map((row) => [...row]);
  if (withBlank.length > 1 && r.chance(0.1))
    withBlank.splice(
      r.int(1, withBlank.length - 1),
      0,
      headers.map(() => null),
    );
  const asSheet = r.chance(0.05);
  return {
    name: r.chance(0.1) ? name.toUpperCase() : name,
    sheet: name,
    source: asSheet ? 'sheet' : 'table',
    headerRow: asSheet ? 1 : r.int(1, 4),
    firstColumn: asSheet ? 1 : r.int(1, 3),
    headers: headers.map((h) => header(r, h)),
    rows: withBlank,
  };
}

export function findTable(tables: RawTable[], name: string): { table: RawTable; index: number } {
  const index = tables.findIndex((t) => normalize(t.name) === normalize(name));
  const table = tables[index];
  if (!table) throw new Error(`no table ${name}`);
  return { table, index };
}

/** A copy of `table` with a cell set (adding the column when missing). */
export function withCell(
  table: RawTable,
  rowIndex: number,
  headerName: string,
  value: RawCell,
): RawTable {
  let col = table.headers.findIndex(
    (h) => typeof h === 'string' && normalize(h) === normalize(headerName),
  );
  const headers = [...table.headers];
  if (col < 0) {
    headers.push(headerName);
    col = headers.length - 1;
  }
  const rows = table.rows.map((row) => [...row]);
  const dataRows = rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.some((c) => c !== null));
  const target = (dataRows[rowIndex] ?? dataRows[0])?.row;
  if (!target) throw new Error('empty table');
  while (target.length <= col) target.push(null);
  target[col] = value;
  return { ...table, headers, rows };
}

export function withRow(table: RawTable, row: RawCell[]): RawTable {
  return { ...table, rows: [...table.rows, row] };
}
