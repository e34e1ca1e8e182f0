/**
 * Runs the sample workbook (or a variant of its tables) through the engine for the
 * annex, report and export tests, and reads plan tables by header.
 */
import {
  eachRow,
  rowArray,
  rowCount,
  runQuotePart,
  type RunOptions,
  type RunOutcome,
  type PlanSheet,
  type PlanTable,
} from '../../../../src/engine';
import { sampleRawWorkbook } from '../../../../src/workbook/sample/sampleRawWorkbook';
import {
  SAMPLE_TABLES,
  type SampleCell,
  type SampleTable,
} from '../../../../src/workbook/sample/sampleData';

/** Options of every test run. */
export const TEST_OPTIONS: RunOptions = {
  generatedAt: '2026-04-01T09:00:00Z',
  version: 'test',
  source: 'sample.xlsx',
  host: 'cli',
};

/** Runs `tables` (the sample by default) and checks the run is valid. */
export function runSample(
  tables: readonly SampleTable[] = SAMPLE_TABLES,
  options: Partial<RunOptions> = {},
): RunOutcome {
  const outcome = runQuotePart(sampleRawWorkbook(tables), { ...TEST_OPTIONS, ...options });
  if (outcome.status !== 'ok')
    throw new Error(`sample invalid: ${outcome.problems.map((p) => p.message).join(' | ')}`);
  return outcome;
}

/** The sample's tables with every cell equal to `from` replaced by `to` (renames a member or service everywhere). */
export function renameEverywhere(
  tables: readonly SampleTable[],
  from: string,
  to: string,
): SampleTable[] {
  return tables.map((t) => ({
    ...t,
    rows: t.rows.map((r) => r.map((c): SampleCell => (c === from ? to : c))),
  }));
}

/** The sample's tables with extra `Membres` columns, filled per member name. */
export function withMemberColumns(
  tables: readonly SampleTable[],
  columns: Record<string, Record<string, string>>,
): SampleTable[] {
  const headers = Object.keys(columns);
  return tables.map((t) =>
    t.name !== 'Membres'
      ? t
      : {
          ...t,
          headers: [...t.headers, ...headers],
          rows: t.rows.map((r) => [
            ...r,
            ...headers.map((h) => columns[h]?.[String(r[0])] ?? null),
          ]),
        },
  );
}

/** The tables of a sheet, by name. */
export function tablesOf(sheet: PlanSheet): PlanTable[] {
  return sheet.blocks.filter((b): b is PlanTable => b.kind === 'table');
}

/** The table whose name ends with `_<id>`; fails when absent. */
export function tableById(sheet: PlanSheet, id: string): PlanTable {
  const table = tablesOf(sheet).find((t) => t.name.endsWith(`_${id}`));
  if (!table) throw new Error(`no table ${id} on ${sheet.name}`);
  return table;
}

/** The column of `header` as an array of cells. */
export function column(table: PlanTable, header: string): (string | null)[] {
  const k = table.columns.findIndex((c) => c.header === header);
  if (k < 0)
    throw new Error(
      `no column ${header} in ${table.name}: ${table.columns.map((c) => c.header).join(', ')}`,
    );
  return rowArray(table.rows).map((r) => r[k] ?? null);
}

/**
 * The lines printed under a table (`AnnexTable.linesBelow`, the calculation in words), by
 * the first cell of their row: the note blocks on the rows right after the table, each
 * « <first cell> : <text> ».
 */
export function linesBelow(sheet: PlanSheet, table: PlanTable): Map<string, string> {
  const labels = rowArray(table.rows).map((r) => r[0] ?? '');
  const result = new Map<string, string>();
  for (let row = table.row + rowCount(table.rows) + 2; ; row++) {
    const block = sheet.blocks.find((b) => b.row === row);
    if (block?.kind !== 'text' || block.style !== 'note') break;
    const label = labels
      .filter((l) => block.text.startsWith(`${l} : `))
      .sort((a, b) => b.length - a.length)[0];
    if (label === undefined) throw new Error(`line under ${table.name} for no row: ${block.text}`);
    result.set(label, block.text.slice(label.length + 3));
  }
  return result;
}

/** Rows of a table as objects keyed by header. */
export function records(table: PlanTable): Record<string, string | null>[] {
  return rowArray(table.rows).map((r) =>
    Object.fromEntries(table.columns.map((c, k) => [c.header, r[k] ?? null])),
  );
}

/** The annex sheets of a run's plan. */
export function annexSheetsOf(outcome: RunOutcome): PlanSheet[] {
  return (outcome.plan?.sheets ?? []).filter((s) => s.name.startsWith('QP Annexe'));
}

/** The installments of a schedule table (`…_Echeancier`) per titre number: period columns read with the `Titres n°` list. */
export function scheduleByTitre(table: PlanTable): Map<number, string[]> {
  const periods = table.columns.flatMap((c, k) =>
    c.format === 'euro' && c.header !== 'Total' ? [k] : [],
  );
  const several = table.columns.findIndex((c) => c.header === 'Titres n°');
  const single = table.columns.findIndex((c) => c.header === 'Titre n°');
  const result = new Map<number, string[]>();
  for (const row of eachRow(table.rows)) {
    const amounts = periods.flatMap((k) =>
      row[k] === null || row[k] === undefined ? [] : [row[k] as string],
    );
    const titres = several >= 0 ? (row[several] ?? '').split(' / ') : [row[single] ?? '—'];
    if (titres.length !== amounts.length)
      throw new Error(`schedule row with ${amounts.length} amounts and ${titres.length} titres`);
    amounts.forEach((amount, k) => {
      const titre = titres[k];
      if (titre === undefined || titre === '—') return;
      result.set(Number(titre), [...(result.get(Number(titre)) ?? []), amount]);
    });
  }
  return result;
}
