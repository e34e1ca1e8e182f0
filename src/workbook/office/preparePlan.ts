/**
 * Everything a write needs, computed and checked before the first write: cell values
 * converted for Excel (those of streamed tables as their chunks arrive, during the write), number formats, widths, temporary names, and the checks that would
 * otherwise fail half-way (sheet and table names, a table name already used by an input
 * table, cells that do not fit their column format, charts over unknown columns).
 */
import type { PreparedSheet } from './preparedSheet';
import { prepareSheet } from './prepareSheet';
import { refuse } from './refuse';
import type { StreamedPlan } from './streamedPlan';
import { isLeftoverSheetName } from './temporaryNames';
import { ownedSheets, type SheetInfo, type WorkbookState } from './workbookState';

/**
 * Converts and checks a whole plan against the workbook; rejects with OfficeHostError before
 * any write. `replaced`: the owned sheets the write replaces (replacedSheets.ts), whose
 * tables may share names with the plan's. Large tables given whole are converted in slices
 * of `ROWS_PER_SLICE` rows (convertWhole.ts), the page given a turn between two; streamed tables are
 * converted while they are written (`PreparedTable.chunks`).
 */
export async function preparePlan(
  plan: StreamedPlan,
  state: WorkbookState,
  token: string,
  replaced: readonly SheetInfo[],
): Promise<PreparedSheet[]> {
  const sheets: PreparedSheet[] = [];
  for (const [index, sheet] of plan.sheets.entries())
    sheets.push(await prepareSheet(sheet, index, token));
  const upper = (s: string): string => s.toLocaleUpperCase('en');
  const sheetNames = sheets.map((s) => upper(s.name));
  if (new Set(sheetNames).size !== sheetNames.length)
    throw refuse('deux feuilles portent le même nom.');
  const tableNames = sheets.flatMap((s) => s.tables.map((t) => upper(t.name)));
  if (new Set(tableNames).size !== tableNames.length)
    throw refuse('deux tableaux portent le même nom.');
  const goingIds = new Set([
    ...replaced.map((s) => s.id),
    ...state.sheets.filter((s) => isLeftoverSheetName(s.name)).map((s) => s.id),
  ]);
  const clash = state.tables.find(
    (t) => !goingIds.has(t.sheetId) && tableNames.includes(upper(t.name)),
  );
  if (clash) {
    const kept = ownedSheets(state).find((s) => s.id === clash.sheetId);
    throw refuse(
      kept
        ? `le tableau « ${clash.name} » existe déjà sur la feuille « ${kept.name} », que cette écriture ne remplace pas ; écrivez d'abord les résultats.`
        : `le classeur contient déjà un tableau nommé « ${clash.name} » hors des feuilles QP ; renommez-le.`,
    );
  }
  return sheets;
}
