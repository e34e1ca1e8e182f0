/**
 * What the task pane shows before any computation: which contract tables were found,
 * where, with how many rows, and the Exercice, members, services and scenarios.
 */
import type { RawWorkbook } from '../input/rawWorkbook';
import type { WorkbookInventory } from '../contract/runTypes';
import { CONTRACT_TABLES } from '../contract/tables';
import { ProblemList } from '../problems/problemList';
import { locateTables } from '../input/locateTables';
import { parseParameters } from '../parse/parseParameters';
import { CellReader } from '../input/cellReaders';
import { normalizeName } from '../text/normalizeName';

/** Inventory of the workbook (never throws; problems are left to `runQuotePart`). */
export function inspectWorkbook(workbook: RawWorkbook): WorkbookInventory {
  const problems = new ProblemList();
  const tables = locateTables(workbook, problems);
  const params = tables.get('Parametres');
  const exercice = params ? (parseParameters(params, new ProblemList())?.exercice ?? null) : null;
  const count = (name: string) => tables.get(name)?.rows.length ?? 0;
  const scenarioView = tables.get('Scenarios');
  const scenarios: string[] = [];
  if (scenarioView) {
    const r = new CellReader(scenarioView, new ProblemList());
    const c = r.col('Scénario');
    for (const row of scenarioView.rows) {
      const name = r.text(row, c);
      if (name && !scenarios.some((s) => normalizeName(s) === normalizeName(name)))
        scenarios.push(name);
    }
  }
  return {
    exercice,
    tables: CONTRACT_TABLES.map((def) => {
      const view = tables.get(def.name);
      const raw =
        view?.raw ??
        workbook.tables.find(
          (t) => normalizeName(t.source === 'table' ? t.name : t.sheet) === normalizeName(def.name),
        );
      return {
        table: def.name,
        required: def.required,
        found: raw !== undefined,
        source: raw?.source ?? null,
        sheet: raw?.sheet ?? null,
        rows: view?.rows.length ?? raw?.rows.length ?? 0,
      };
    }),
    members: count('Membres'),
    services: count('Services'),
    scenarios,
  };
}
