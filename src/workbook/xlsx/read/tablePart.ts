/**
 * Reads a table part (`xl/tables/tableN.xml`): the Excel table's name, range, header and
 * totals rows and column names.
 */
import { decodeOoxmlEscapes } from '../xml/xmlText';
import { XML_EOF, XML_START, XmlScanner } from '../xml/xmlScanner';
import { parseRange, type CellRange } from '../../../engine';

/** An Excel table (ListObject) definition. */
export interface TableDefinition {
  /** Name shown in Excel (displayName, falling back to name). */
  readonly name: string;
  readonly range: CellRange;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columnNames: readonly string[];
}

/**
 * Parses a table part; null when it has no usable range. Only the root `<table>` names the
 * table: Excel's Alt Text is a `<x14:table altText=…/>` inside the table's `extLst`, same
 * local name, no range.
 */
export function parseTablePart(xml: string): TableDefinition | null {
  const scanner = new XmlScanner(xml);
  let name = '';
  let range: CellRange | null = null;
  let headerRowCount = 1;
  let totalsRowCount = 0;
  const columnNames: string[] = [];
  let rootSeen = false;
  for (let token = scanner.next(); token !== XML_EOF; token = scanner.next()) {
    if (token !== XML_START) continue;
    if (!rootSeen) {
      rootSeen = true;
      if (scanner.name !== 'table') return null;
      name = scanner.attr('displayName') ?? scanner.attr('name') ?? '';
      range = parseRange(scanner.attr('ref') ?? '');
      headerRowCount = Number(scanner.attr('headerRowCount') ?? 1) || 0;
      totalsRowCount = Number(scanner.attr('totalsRowCount') ?? 0) || 0;
    } else if (scanner.name === 'extLst') {
      scanner.skipElement();
    } else if (scanner.name === 'tableColumn') {
      columnNames.push(decodeOoxmlEscapes(scanner.attr('name') ?? ''));
      scanner.skipElement();
    }
  }
  if (range === null) return null;
  return { name, range, headerRowCount, totalsRowCount, columnNames };
}
