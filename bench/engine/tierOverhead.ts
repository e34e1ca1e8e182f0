/**
 * Bench case of contract §6.3: the 35,000 × 10 workbook with its first keyed service
 * billed by titre shared by `Paliers` (4 levels, one `Adhesions` row with a `Palier` per
 * member). Timed against the plain workbook, round by round, in bench/engine/overheadChild.ts
 * (issue 11: < 10 %).
 */
import type { RawCell, RawTable, RawWorkbook } from '../../src/engine';
import { normalizeName } from '../../src/engine/text/normalizeName';
import { tableNamed } from '../support/benchWorkbooks';

/** The levels of the tiered variant, in cost order. */
export const TIER_LEVELS = [
  'Hébergement simple',
  'Sauvegarde',
  'Plan de reprise',
  'Astreinte 24/7',
] as const;
const LEVELS: readonly string[] = TIER_LEVELS;

function column(table: RawTable, header: string): number {
  const i = table.headers.findIndex(
    (h) => normalizeName(String(h ?? '')) === normalizeName(header),
  );
  if (i < 0) throw new Error(`colonne ${header} absente de ${table.name}`);
  return i;
}

/**
 * The workbook with its first keyed service billed by titre shared by `Paliers` among all
 * its members: billed by titre, every member's base de liquidation explains its tier
 * share in words (a service settled by attribution de compensation would skip that text).
 */
export function tieredVariant(workbook: RawWorkbook): { workbook: RawWorkbook; service: string } {
  const services = tableNamed(workbook, 'Services');
  const key = column(services, 'Clé');
  const name = column(services, 'Service');
  const settlement = column(services, 'Règlement');
  const row = services.rows.findIndex(
    (r) =>
      r[key] !== null &&
      r[key] !== undefined &&
      r[key] !== '' &&
      normalizeName(String(r[settlement] ?? '')) === 'titre',
  );
  if (row < 0) throw new Error('aucun service à clé réglé par titre dans le classeur de banc');
  const service = String(services.rows[row]?.[name] ?? '');
  const members = tableNamed(workbook, 'Membres');
  const memberName = column(members, 'Membre');
  const adhesions = workbook.tables.find((t) => t.name === 'Adhesions');
  // The service keeps every member (it has no Adhesions rows); each takes a level in turn.
  const adhesionRows: RawCell[][] = members.rows.map((r, i) => [
    service,
    r[memberName] ?? null,
    LEVELS[i % LEVELS.length] ?? null,
  ]);
  const otherAdhesions: RawCell[][] =
    adhesions?.rows.map((r) => [
      r[column(adhesions, 'Service')] ?? null,
      r[column(adhesions, 'Membre')] ?? null,
      null,
    ]) ?? [];
  const sheet = (name: string, headers: string[], rows: RawCell[][]): RawTable => ({
    name,
    sheet: name,
    source: 'sheet',
    headerRow: 1,
    firstColumn: 1,
    headers,
    rows,
  });
  const tables = workbook.tables
    .filter((t) => t.name !== 'Adhesions')
    .map((t) =>
      t === services
        ? {
            ...t,
            rows: t.rows.map((r, i) =>
              i === row ? r.map((c, k) => (k === key ? 'Paliers' : c)) : r,
            ),
          }
        : t,
    );
  tables.push(
    sheet('Adhesions', ['Service', 'Membre', 'Palier'], [...otherAdhesions, ...adhesionRows]),
    sheet(
      'Paliers',
      ['Service', 'Palier', 'Coût'],
      LEVELS.map((l, k) => [service, l, 60000 + 25000 * k]),
    ),
  );
  return {
    workbook: { ...workbook, tables, sheetNames: [...workbook.sheetNames, 'Paliers'] },
    service,
  };
}
