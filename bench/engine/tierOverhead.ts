/**
 * Bench case of contract §6.3: the cost of a `Paliers` key over every member. The 35,000 ×
 * 10 workbook is run as it is, then with its first keyed service shared by `Paliers`
 * (4 levels, one `Adhesions` row with a `Palier` per member); the overhead is the
 * difference of the median run times, in % of the plain run (issue 11: < 10 %).
 */
import type { RawCell, RawTable, RawWorkbook } from '../../src/engine';
import { runQuotePart } from '../../src/engine';
import { normalizeName } from '../../src/engine/text/normalizeName';
import { BENCH_RUN_OPTIONS } from './engineThroughput';
import { collectGarbage, elapsedSeconds, now } from '../support/timing';
import { tableNamed } from '../support/benchWorkbooks';

/** Runs of each variant (the median is kept). */
const RUNS = 3;
const LEVELS = ['Hébergement simple', 'Sauvegarde', 'Plan de reprise', 'Astreinte 24/7'];

/** What the case measured. */
export interface TierOverhead {
  readonly members: number;
  readonly service: string;
  readonly plainSeconds: number;
  readonly tieredSeconds: number;
}

function column(table: RawTable, header: string): number {
  const i = table.headers.findIndex(
    (h) => normalizeName(String(h ?? '')) === normalizeName(header),
  );
  if (i < 0) throw new Error(`colonne ${header} absente de ${table.name}`);
  return i;
}

/** The workbook with its first keyed service shared by `Paliers` among all its members. */
export function tieredVariant(workbook: RawWorkbook): { workbook: RawWorkbook; service: string } {
  const services = tableNamed(workbook, 'Services');
  const key = column(services, 'Clé');
  const name = column(services, 'Service');
  const row = services.rows.findIndex(
    (r) => r[key] !== null && r[key] !== undefined && r[key] !== '',
  );
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

function medianRun(workbook: RawWorkbook): number {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    collectGarbage();
    const start = now();
    const outcome = runQuotePart(workbook, BENCH_RUN_OPTIONS);
    // Read what a CLI run reads: the JSON rows and the plan's generated rows.
    for (const rows of Object.values(outcome.jsonRows?.() ?? outcome.json))
      for (const _ of rows) void _;
    if (outcome.status !== 'ok')
      throw new Error(`variante refusée : ${outcome.problems[0]?.message ?? ''}`);
    times.push(elapsedSeconds(start));
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
}

/** Measures the plain and the tiered runs of `workbook`. */
export function measureTierOverhead(members: number, workbook: RawWorkbook): TierOverhead {
  const variant = tieredVariant(workbook);
  return {
    members,
    service: variant.service,
    plainSeconds: medianRun(workbook),
    tieredSeconds: medianRun(variant.workbook),
  };
}

/** The report lines of the case. */
export function tierOverheadReport(m: TierOverhead): string {
  const overhead = (100 * (m.tieredSeconds - m.plainSeconds)) / m.plainSeconds;
  return [
    `## Clé Paliers (contrat §6.3) sur ${m.members.toLocaleString('fr-FR')} membres\n`,
    `Service « ${m.service} » réparti par \`Paliers\` (4 paliers, une ligne Adhesions par membre) ; médiane de ${RUNS} runQuotePart complets (JSON lu en entier).\n`,
    '| variante | runQuotePart (s) |',
    '|---|---:|',
    `| classeur tel quel | ${m.plainSeconds.toFixed(3)} |`,
    `| avec la clé Paliers | ${m.tieredSeconds.toFixed(3)} |`,
    `\nSurcoût : ${overhead.toFixed(1)} % (objectif < 10 % : ${overhead < 10 ? 'atteint' : 'MANQUÉ'})\n`,
  ].join('\n');
}
