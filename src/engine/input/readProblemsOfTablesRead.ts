/**
 * The adapter's read problems that concern what QuotePart reads. A reader reports merged
 * cells (`FUSION_CELLULES`) for every table and sheet it meets, but only the contract
 * tables are read: a merged title on a cover sheet, or in a table the engine ignores, is
 * none of the user's concern (36 real workbooks gave 2,445 such warnings, all noise).
 */
import type { Problem } from '../problems/problem';
import { CONTRACT_TABLES } from '../contract/tables';
import { locateOne } from './locateTables';
import type { RawTable, RawWorkbook } from './rawWorkbook';

/** Problem codes that belong to one table of the workbook, kept only for tables read. */
const TABLE_PROBLEM_CODES: ReadonlySet<string> = new Set(['FUSION_CELLULES']);

/** The raw tables holding contract tables. */
function tablesRead(workbook: RawWorkbook): RawTable[] {
  return CONTRACT_TABLES.map((def) => locateOne(workbook, def)?.raw).filter(
    (raw): raw is RawTable => raw !== undefined,
  );
}

/** `workbook.readProblems` without the table problems of tables that are not read. */
export function readProblemsOfTablesRead(workbook: RawWorkbook): Problem[] {
  const problems = workbook.readProblems ?? [];
  if (!problems.some((p) => TABLE_PROBLEM_CODES.has(p.code))) return [...problems];
  const read = tablesRead(workbook);
  return problems.filter(
    (p) =>
      !TABLE_PROBLEM_CODES.has(p.code) ||
      read.some((raw) => raw.name === p.table && raw.sheet === p.sheet),
  );
}
