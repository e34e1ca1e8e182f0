/**
 * The table part (`xl/tables/tableN.xml`) of a plan table: a real Excel table with an
 * autofilter and a banded style. Excel requires column names that are unique (ignoring
 * case), non-empty and equal to the header cells, and at least one data row in the range.
 */
import { rowCount, type PlanTable } from '../../../engine/plan/writePlan';
import { cellAddress } from '../../../engine';
import { encodeXmlText } from '../xml/xmlText';

/** Style of every output table. */
export const TABLE_STYLE = 'TableStyleMedium2';

/** Column names of a table as Excel will accept them (blank → `ColonneN`, duplicates suffixed). */
export function tableColumnNames(table: PlanTable): string[] {
  const seen = new Set<string>();
  return table.columns.map((column, index) => {
    const base =
      column.header.trim() === '' ? `Colonne${index + 1}` : column.header.replace(/[\r\n]+/g, ' ');
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Last row of a table's range: at least one (possibly empty) data row. */
export function tableLastRow(table: PlanTable): number {
  return table.row + Math.max(rowCount(table.rows), 1);
}

/** The A1 range of a table, header included. */
export function tableRef(table: PlanTable): string {
  const lastColumn = table.column + Math.max(table.columns.length, 1) - 1;
  return `${cellAddress(table.row, table.column)}:${cellAddress(tableLastRow(table), lastColumn)}`;
}

/** The table part XML. `name` is the unique table name chosen for the workbook. */
export function tablePartXml(table: PlanTable, id: number, name: string): string {
  const ref = tableRef(table);
  const columns = tableColumnNames(table)
    .map((column, index) => `<tableColumn id="${index + 1}" name="${encodeXmlText(column)}"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
