import { EXCEL_NUMBER_FORMATS, eachRow } from '../../engine';
import type { SizedRows } from './blockSplitter';
import { convertStreamed } from './convertStreamed';
import { convertWhole } from './convertWhole';
import type { PreparedTable } from './preparedSheet';
import { refuse } from './refuse';
import { isStreamed, type StreamedTable } from './streamedPlan';
import { temporaryTableName } from './temporaryNames';

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/**
 * Checks an output table's name and headers and prepares its rows (converted now when
 * given whole, as they arrive when streamed), so a bad name fails before any write.
 */
export async function prepareTable(
  table: StreamedTable,
  sheet: string,
  token: string,
): Promise<PreparedTable> {
  if (!TABLE_NAME.test(table.name) || table.name.length > 200)
    throw refuse(`nom de tableau invalide « ${table.name} ».`);
  const headers = table.columns.map((c) => c.header);
  if (
    new Set(headers.map((h) => h.toLocaleUpperCase('fr'))).size !== headers.length ||
    headers.some((h) => h.trim() === '')
  ) {
    throw refuse(`en-têtes vides ou en double dans le tableau « ${table.name} ».`);
  }
  const source = table.rows;
  let rowCount: number;
  let chunks: () => AsyncIterable<SizedRows>;
  if (isStreamed(source)) {
    rowCount = source.count;
    chunks = () => convertStreamed(table, source, sheet);
  } else {
    const whole = await convertWhole(table, eachRow(source), sheet);
    rowCount = whole.rows.length;
    chunks = async function* () {
      yield whole;
    };
  }
  return {
    name: table.name,
    temporaryName: temporaryTableName(table.name, token),
    row: table.row - 1,
    column: table.column - 1,
    headers,
    numberFormats: table.columns.map((c) => EXCEL_NUMBER_FORMATS[c.format]),
    rowCount,
    chunks,
  };
}
