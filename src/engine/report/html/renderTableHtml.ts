/**
 * An annex table as HTML: header row in `<thead>` (repeated by the browser on every
 * printed page), cells displayed as Excel's formats show them, numbers right-aligned.
 * In a wide table, long text columns (a calculation, a base de liquidation) are printed
 * on a second line under their row, spanning the table, so that the page keeps its width.
 */
import type { ColumnFormat, PlanCell, PlanColumn } from '../../plan/writePlan';
import { displayCell } from '../../annex/frenchText';
import { escapeHtml } from './escapeHtml';

const NUMERIC: ReadonlySet<ColumnFormat> = new Set([
  'euro',
  'share',
  'percent',
  'number',
  'integer',
]);
/** Width (in characters) from which a text column is a long text. */
const LONG_TEXT = 60;
/** Number of columns from which long texts go to a line of their own. */
const WIDE_TABLE = 6;

function cellClass(column: PlanColumn): string {
  return NUMERIC.has(column.format) ? ' class="num"' : '';
}

/** The HTML `<table>` of columns and rows. */
export function renderTableHtml(
  columns: readonly PlanColumn[],
  rows: readonly (readonly PlanCell[])[],
  id: string,
): string {
  const indexed = columns.map((column, k) => ({ column, k }));
  const wide = columns.length >= WIDE_TABLE;
  const isLong = (c: PlanColumn) => wide && c.format === 'text' && c.width >= LONG_TEXT;
  const inline = indexed.filter(({ column }) => !isLong(column));
  const below = indexed.filter(({ column }) => isLong(column));
  const head = inline
    .map(({ column }) => `<th${cellClass(column)}>${escapeHtml(column.header)}</th>`)
    .join('');
  const body = rows
    .map((row) => {
      const main = `<tr${below.length ? ' class="with-detail"' : ''}>${inline.map(({ column, k }) => `<td${cellClass(column)}>${escapeHtml(displayCell(row[k] ?? null, column.format))}</td>`).join('')}</tr>`;
      const details = below
        .filter(({ k }) => (row[k] ?? '') !== '')
        .map(
          ({ column, k }) =>
            `<tr class="detail"><td colspan="${inline.length}"><span class="detail-label">${escapeHtml(column.header)} :</span> ${escapeHtml(displayCell(row[k] ?? null, column.format))}</td></tr>`,
        );
      return below.length ? `<tbody class="row-group">${main}${details.join('')}</tbody>` : main;
    })
    .join('\n');
  return below.length
    ? `<table id="${id}"><thead><tr>${head}</tr></thead>\n${body}\n</table>`
    : `<table id="${id}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
