/**
 * Fake `Excel.RangeFormat` and `Excel.RangeFont`: bold, column widths and row heights
 * (points), text wrapping, vertical alignment and a rough `autofitColumns()` (width from
 * the longest text, ~7 px a character).
 */
import { readValue } from '../model/cellValue';
import { DEFAULT_COLUMN_WIDTH, type RangeRef } from '../model/sheetModel';

/** Default row height in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;
import { FakeClientObject } from '../runtime/clientObject';
import type { FakeRequestContextCore } from '../runtime/requestContext';

/** Fake `Excel.RangeFont`. */
export class FakeRangeFont extends FakeClientObject<RangeRef> {
  protected readonly typeName = 'RangeFont';
  protected readonly scalarProperties = ['bold'];

  get bold(): boolean {
    return this.loadedValue('bold');
  }
  set bold(value: boolean) {
    this.queueWrite(
      'RangeFont.bold',
      value,
      ({ sheet, rect }) => sheet.addLayer({ rect, bold: value }),
      'bold',
    );
  }

  protected readProperty({ sheet, rect }: RangeRef, property: string): unknown {
    if (property !== 'bold') throw this.unknownProperty(property);
    let all: boolean | null = sheet.boldAt(rect.row, rect.column);
    for (let r = 0; r < rect.rowCount && all !== null; r++) {
      for (let c = 0; c < rect.columnCount; c++)
        if (sheet.boldAt(rect.row + r, rect.column + c) !== all) all = null;
    }
    return all;
  }
}

/** Fake `Excel.RangeFormat`. */
export class FakeRangeFormat extends FakeClientObject<RangeRef> {
  protected readonly typeName = 'RangeFormat';
  protected readonly scalarProperties = [
    'columnWidth',
    'rowHeight',
    'wrapText',
    'verticalAlignment',
  ];
  readonly font: FakeRangeFont;

  constructor(core: FakeRequestContextCore, resolver: () => RangeRef | null) {
    super(core, resolver);
    this.font = new FakeRangeFont(core, () => this.targetOrNull());
  }

  get columnWidth(): number {
    return this.loadedValue('columnWidth');
  }
  set columnWidth(points: number) {
    this.queueWrite(
      'RangeFormat.columnWidth',
      points,
      ({ sheet, rect }) => {
        for (let c = 0; c < rect.columnCount; c++) sheet.columnWidths.set(rect.column + c, points);
      },
      'columnWidth',
    );
  }

  get rowHeight(): number {
    return this.loadedValue('rowHeight');
  }
  set rowHeight(points: number) {
    this.queueWrite(
      'RangeFormat.rowHeight',
      points,
      ({ sheet, rect }) => {
        for (let r = 0; r < rect.rowCount; r++) sheet.rowHeights.set(rect.row + r, points);
      },
      'rowHeight',
    );
  }

  get wrapText(): boolean {
    return this.loadedValue('wrapText');
  }
  set wrapText(value: boolean) {
    this.queueWrite(
      'RangeFormat.wrapText',
      value,
      ({ sheet, rect }) => sheet.addLayer({ rect, wrapText: value }),
      'wrapText',
    );
  }

  get verticalAlignment(): string {
    return this.loadedValue('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this.queueWrite(
      'RangeFormat.verticalAlignment',
      value,
      ({ sheet, rect }) => sheet.addLayer({ rect, verticalAlignment: value }),
      'verticalAlignment',
    );
  }

  /** Sets each column's width to fit its longest value within the range. */
  autofitColumns(): void {
    this.queueWrite('RangeFormat.autofitColumns', null, ({ sheet, rect }) => {
      for (let c = 0; c < rect.columnCount; c++) {
        let longest = 0;
        for (let r = 0; r < rect.rowCount; r++)
          longest = Math.max(
            longest,
            String(readValue(sheet.valueAt(rect.row + r, rect.column + c))).length,
          );
        sheet.columnWidths.set(
          rect.column + c,
          longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.round((longest * 7 + 10) * 0.75),
        );
      }
    });
  }

  protected override navigate(property: string): FakeClientObject<object> | undefined {
    return property === 'font' ? this.font : undefined;
  }

  protected readProperty({ sheet, rect }: RangeRef, property: string): unknown {
    if (property === 'rowHeight') return sheet.rowHeights.get(rect.row) ?? DEFAULT_ROW_HEIGHT;
    if (property === 'wrapText')
      return sheet.layerValueAt(rect.row, rect.column, 'wrapText', false);
    if (property === 'verticalAlignment')
      return sheet.layerValueAt(rect.row, rect.column, 'verticalAlignment', 'Bottom');
    if (property !== 'columnWidth') throw this.unknownProperty(property);
    const first = sheet.columnWidth(rect.column);
    for (let c = 1; c < rect.columnCount; c++)
      if (sheet.columnWidth(rect.column + c) !== first) return null;
    return first;
  }
}
