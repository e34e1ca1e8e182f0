/**
 * Fake `Excel.Worksheet`: name and position (renaming and moving follow Excel's rules),
 * ranges by address or indexes, used range, tables, charts, frozen rows, page layout
 * (ExcelApi 1.9), delete, activate.
 */
import { parseRect, type CellRect } from '../a1';
import { FakeRichApiError } from '../fakeErrors';
import type { FakeSheetModel } from '../model/sheetModel';
import { FakeClientObject } from '../runtime/clientObject';
import type { FakeRequestContextCore } from '../runtime/requestContext';
import { FakeChartCollection } from './fakeCharts';
import { FakePageLayout } from './fakePageLayout';
import { FakeRange } from './fakeRange';
import { FakeTableCollection } from './fakeTables';

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Checks that a rectangle lies on the grid. */
export function checkRect(rect: CellRect, location: string): CellRect {
  const ok =
    [rect.row, rect.column, rect.rowCount, rect.columnCount].every(Number.isInteger) &&
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS;
  if (!ok)
    throw new FakeRichApiError(
      'InvalidArgument',
      `Invalid range ${JSON.stringify(rect)}.`,
      location,
    );
  return rect;
}

/** Fake `Excel.WorksheetFreezePanes`. */
export class FakeFreezePanes extends FakeClientObject<FakeSheetModel> {
  protected readonly typeName = 'WorksheetFreezePanes';
  protected readonly scalarProperties = [];

  /** Freezes the top `count` rows. */
  freezeRows(count = 1): void {
    this.queueWrite('WorksheetFreezePanes.freezeRows', count, (sheet) => {
      sheet.frozenRows = count;
    });
  }

  /** Removes frozen panes. */
  unfreeze(): void {
    this.queueWrite('WorksheetFreezePanes.unfreeze', null, (sheet) => {
      sheet.frozenRows = 0;
    });
  }

  protected readProperty(_sheet: FakeSheetModel, property: string): unknown {
    throw this.unknownProperty(property);
  }
}

/** A fake worksheet proxy. */
export class FakeWorksheet extends FakeClientObject<FakeSheetModel> {
  protected readonly typeName = 'Worksheet';
  protected readonly scalarProperties = ['id', 'name', 'position'];
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;

  constructor(core: FakeRequestContextCore, resolver: () => FakeSheetModel | null) {
    super(core, resolver);
    const model = core.session.model;
    this.tables = new FakeTableCollection(
      core,
      () => model.tables.filter((t) => t.sheet === this.targetOrNull()),
      () => this.target(),
    );
    this.charts = new FakeChartCollection(core, () => this.target());
    this.freezePanes = new FakeFreezePanes(core, () => this.targetOrNull());
    this.pageLayout = new FakePageLayout(core, () => this.targetOrNull());
  }

  get id(): string {
    return this.loadedValue('id');
  }
  get name(): string {
    return this.loadedValue('name');
  }
  set name(value: string) {
    this.queueWrite(
      'Worksheet.name',
      value,
      (sheet) => this.core.session.model.renameSheet(sheet, value),
      'name',
    );
  }
  get position(): number {
    return this.loadedValue('position');
  }
  set position(value: number) {
    this.queueWrite(
      'Worksheet.position',
      value,
      (sheet) => this.core.session.model.moveSheet(sheet, value),
      'position',
    );
  }

  /** Range of an `A1` or `A1:C3` address on this sheet. */
  getRange(address?: string): FakeRange {
    const rect = address === undefined ? null : parseRect(address);
    if (!rect)
      throw new FakeRichApiError(
        'InvalidArgument',
        `The fake Excel needs an A1 address, got '${String(address)}'.`,
        'Worksheet.getRange',
      );
    return new FakeRange(this.core, () => ({
      sheet: this.target(),
      rect: checkRect(rect, 'Worksheet.getRange'),
    }));
  }

  /** Range from zero-based indexes (ExcelApi 1.7). */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): FakeRange {
    const rect = { row: startRow, column: startColumn, rowCount, columnCount };
    return new FakeRange(this.core, () => ({
      sheet: this.target(),
      rect: checkRect(rect, 'Worksheet.getRangeByIndexes'),
    }));
  }

  /** Used range; `A1` when the sheet is blank (as Excel). */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.core, () => {
      const sheet = this.target();
      return {
        sheet,
        rect: sheet.usedRect(valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      };
    }).queueResolve();
  }

  /** Used range, or a null object when the sheet is blank. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.core, () => {
      const sheet = this.target();
      const rect = sheet.usedRect(valuesOnly);
      return rect ? { sheet, rect } : null;
    }).queueResolve();
  }

  /** Makes this the active sheet. */
  activate(): void {
    this.queueWrite('Worksheet.activate', null, (sheet) => {
      this.core.session.model.activeSheet = sheet;
    });
  }

  /** Deletes the sheet with its tables and charts. */
  delete(): void {
    this.queueWrite('Worksheet.delete', null, (sheet) =>
      this.core.session.model.deleteSheet(sheet),
    );
  }

  protected readProperty(sheet: FakeSheetModel, property: string): unknown {
    switch (property) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'position': {
        const position = this.core.session.model.sheets.indexOf(sheet);
        if (position < 0)
          throw new FakeRichApiError(
            'ItemNotFound',
            'The worksheet was deleted.',
            'Worksheet.position',
          );
        return position;
      }
      default:
        throw this.unknownProperty(property);
    }
  }
}
