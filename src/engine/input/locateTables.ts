/**
 * Finds each contract table in the raw workbook: an Excel table whose name matches
 * (§1 matching), else a worksheet of that name whose first row holds the headers.
 * Checks the headers: duplicates and missing required columns are errors that name
 * the closest headers found (a misspelt header is the usual cause).
 */
import type { RawWorkbook } from './rawWorkbook';
import { CONTRACT_TABLES, type TableDefinition } from '../contract/tables';
import { normalizeName } from '../text/normalizeName';
import { closestNames, frenchList } from '../text/closestNames';
import { TableView } from './tableView';
import type { ProblemList } from '../problems/problemList';
import { M } from '../problems/messages';

/** Contract tables found, by contract name. */
export type LocatedTables = ReadonlyMap<string, TableView>;

/** The raw table that holds contract table `def` (an Excel table of its name, else a sheet), or null. */
export function locateOne(workbook: RawWorkbook, def: TableDefinition): TableView | null {
  const key = normalizeName(def.name);
  const table = workbook.tables.find((t) => t.source === 'table' && normalizeName(t.name) === key);
  const sheet = workbook.tables.find((t) => t.source === 'sheet' && normalizeName(t.sheet) === key);
  const found = table ?? sheet;
  return found ? new TableView(def.name, found) : null;
}

function checkHeaders(view: TableView, def: TableDefinition, problems: ProblemList): boolean {
  let ok = true;
  const seen = new Map<string, number>();
  view.headers.forEach((h, i) => {
    const key = normalizeName(h);
    if (key === '') return;
    if (seen.has(key)) {
      problems.error('EN_TETE_EN_DOUBLE', view.headerPlace(i, h), M.duplicateHeader(def.name, h));
      ok = false;
    } else seen.set(key, i);
  });
  for (const header of def.requiredHeaders) {
    if (view.column(header) === undefined) {
      const near = closestNames(
        header,
        view.headers.filter((h) => h !== ''),
        2,
      );
      problems.error(
        'COLONNE_MANQUANTE',
        view.headerPlace(undefined, header),
        M.missingColumn(def.name, header, frenchList(near)),
      );
      ok = false;
    }
  }
  return ok;
}

/** Locates every contract table; records missing required tables and header problems. */
export function locateTables(workbook: RawWorkbook, problems: ProblemList): LocatedTables {
  const found = new Map<string, TableView>();
  for (const def of CONTRACT_TABLES) {
    const view = locateOne(workbook, def);
    if (!view) {
      if (def.required)
        problems.error('TABLE_MANQUANTE', { table: def.name }, M.missingTable(def.name));
      continue;
    }
    if (checkHeaders(view, def, problems)) found.set(def.name, view);
  }
  return found;
}
