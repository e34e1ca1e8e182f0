/**
 * Native Excel charts of a plan sheet (DrawingML): one drawing part per sheet anchoring
 * each chart over its cells, and one chart part per chart whose series point at the
 * columns of a table of the same sheet. Cached values are included so that viewers that
 * do not recalculate (previews, some readers) still show the chart.
 */
import {
  rowArray,
  rowCount,
  type PlanChart,
  type PlanSheet,
  type PlanTable,
} from '../../../engine/plan/writePlan';
import { columnLetters } from '../../../engine';
import { encodeXmlText } from '../xml/xmlText';
import { numberText } from './cellXml';
import { quotedSheetName } from './workbookXmlEdit';

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const SPREADSHEET_DRAWING_NS =
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A chart whose table and columns were found on its sheet. */
export interface ResolvedChart {
  readonly chart: PlanChart;
  readonly table: PlanTable;
  readonly categoryIndex: number;
  readonly seriesIndexes: readonly number[];
}

/** The charts of a sheet that can be drawn (table on the sheet, columns found, at least one data row). */
export function resolveCharts(sheet: PlanSheet): ResolvedChart[] {
  const resolved: ResolvedChart[] = [];
  for (const chart of sheet.charts ?? []) {
    const table = sheet.blocks.find(
      (block): block is PlanTable => block.kind === 'table' && block.name === chart.table,
    );
    if (table === undefined || rowCount(table.rows) === 0) continue;
    const headers = table.columns.map((column) => column.header);
    const categoryIndex = headers.indexOf(chart.categoryColumn);
    const seriesIndexes = chart.seriesColumns
      .map((name) => headers.indexOf(name))
      .filter((index) => index >= 0);
    if (categoryIndex < 0 || seriesIndexes.length === 0) continue;
    resolved.push({
      chart,
      table,
      categoryIndex,
      seriesIndexes: chart.type === 'pie' ? seriesIndexes.slice(0, 1) : seriesIndexes,
    });
  }
  return resolved;
}

function columnRange(sheetName: string, table: PlanTable, index: number): string {
  const letters = columnLetters(table.column + index);
  return `${quotedSheetName(sheetName)}!$${letters}$${table.row + 1}:$${letters}$${table.row + rowCount(table.rows)}`;
}

function cellRef(sheetName: string, table: PlanTable, index: number): string {
  return `${quotedSheetName(sheetName)}!$${columnLetters(table.column + index)}$${table.row}`;
}

function stringCache(values: readonly string[]): string {
  const points = values
    .map((value, index) => `<c:pt idx="${index}"><c:v>${encodeXmlText(value)}</c:v></c:pt>`)
    .join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: readonly (string | null)[]): string {
  const points = values
    .map((value, index) => {
      const number = value === null ? null : numberText(value);
      return number === null ? '' : `<c:pt idx="${index}"><c:v>${number}</c:v></c:pt>`;
    })
    .join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function seriesXml(sheetName: string, resolved: ResolvedChart): string {
  const { table, categoryIndex, chart } = resolved;
  // Charts read small tables (comparison, annexes): their rows are arrays, or made into one here.
  const rows = rowArray(table.rows);
  const categories = rows.map((row) => row[categoryIndex] ?? '');
  return resolved.seriesIndexes
    .map((index, order) => {
      const header = table.columns[index]?.header ?? '';
      const values = rows.map((row) => row[index] ?? null);
      const invert = chart.type === 'pie' ? '' : '<c:invertIfNegative val="0"/>';
      return (
        `<c:ser><c:idx val="${order}"/><c:order val="${order}"/>` +
        `<c:tx><c:strRef><c:f>${encodeXmlText(cellRef(sheetName, table, index))}</c:f>${stringCache([header])}</c:strRef></c:tx>${invert}` +
        `<c:cat><c:strRef><c:f>${encodeXmlText(columnRange(sheetName, table, categoryIndex))}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${encodeXmlText(columnRange(sheetName, table, index))}</c:f>${numberCache(values)}</c:numRef></c:val></c:ser>`
      );
    })
    .join('');
}

function plotAreaXml(sheetName: string, resolved: ResolvedChart): string {
  const series = seriesXml(sheetName, resolved);
  if (resolved.chart.type === 'pie') {
    return `<c:plotArea><c:layout/><c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart></c:plotArea>`;
  }
  const horizontal = resolved.chart.type === 'clusteredBar';
  return (
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${series}<c:gapWidth val="150"/><c:axId val="111"/><c:axId val="222"/></c:barChart>` +
    `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    '<c:tickLblPos val="low"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 't' : 'l'}"/>` +
    '<c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>'
  );
}

/** The chart part of one chart. */
export function chartPartXml(sheetName: string, resolved: ResolvedChart): string {
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="fr-FR" b="1"/>` +
    `<a:t>${encodeXmlText(resolved.chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    `<c:lang val="fr-FR"/><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>${plotAreaXml(sheetName, resolved)}` +
    `<c:legend><c:legendPos val="${resolved.chart.type === 'pie' ? 'r' : 'b'}"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '</c:chartSpace>'
  );
}

/** The drawing part of a sheet: one anchored graphic frame per chart, chart `i` related as `rId{i+1}`. */
export function drawingPartXml(charts: readonly ResolvedChart[]): string {
  const anchors = charts
    .map(({ chart }, index) => {
      const { row, column, rows, columns } = chart.anchor;
      const from = `<xdr:from><xdr:col>${column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
      const to = `<xdr:to><xdr:col>${column - 1 + columns}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1 + rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${from}${to}<xdr:graphicFrame macro="">` +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Graphique ${index + 1}" descr="${encodeXmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIPS_NS}">${anchors}</xdr:wsDr>`
  );
}
