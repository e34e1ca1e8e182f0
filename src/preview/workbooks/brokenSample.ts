/**
 * The sample with one known bad cell, for trying the problems list and for the end-to-end
 * test: the first `Montant` of `Charges` (cell E2 of the sheet Charges) holds text that is
 * not an amount. A run must refuse it, point at that cell, and write nothing.
 */
import type { InputTableData } from '../../workbook/office/hostOperations';

/** The bad value written in place of the amount. */
export const BROKEN_AMOUNT = 'douze mille euros';

/** The sample's tables with the first amount of `Charges` broken. */
export function breakSample(tables: readonly InputTableData[]): InputTableData[] {
  return tables.map((table) => {
    if (table.name !== 'Charges') return table;
    const amount = table.headers.indexOf('Montant');
    return {
      ...table,
      rows: table.rows.map((row, index) =>
        index === 0 ? row.map((cell, column) => (column === amount ? BROKEN_AMOUNT : cell)) : row,
      ),
    };
  });
}
