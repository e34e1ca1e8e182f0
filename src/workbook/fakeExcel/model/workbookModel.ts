/**
 * The fake workbook itself: ordered sheets, tables, the active sheet and the selection,
 * with Excel's naming rules (case-insensitive unique names, forbidden characters) so
 * that code which would fail in Excel fails here too. Views (the preview grid) subscribe
 * to be told when a sync changed something.
 */
import { parseCell, type CellRect } from '../a1';
import { FakeRichApiError } from '../fakeErrors';
import { readValue } from './cellValue';
import { FakeCustomPropertiesModel } from './customPropertiesModel';
import { FakeSheetModel, type RangeRef } from './sheetModel';

/** An Excel table: a rectangle whose first row holds unique, non-blank headers. */
export interface FakeTableModel {
  readonly id: string;
  name: string;
  readonly sheet: FakeSheetModel;
  rect: CellRect;
  /** False when the header row is hidden (the rectangle then holds data rows only). */
  showHeaders: boolean;
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase('en') === b.toLocaleUpperCase('en');
}

function overlaps(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** The whole fake workbook. */
export class FakeWorkbookModel {
  name: string;
  readonly sheets: FakeSheetModel[] = [];
  readonly tables: FakeTableModel[] = [];
  /** Custom document properties (`workbook.properties.custom`). */
  readonly customProperties = new FakeCustomPropertiesModel();
  activeSheet: FakeSheetModel | null = null;
  selection: RangeRef | null = null;
  private nextId = 1;
  private readonly listeners = new Set<() => void>();

  constructor(name = 'Classeur1.xlsx') {
    this.name = name;
  }

  /** A fresh object id (stable, like `Worksheet.id`). */
  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  /** Sheet of that name (case-insensitive) or id, or undefined. */
  findSheet(key: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.id === key || sameName(s.name, key));
  }

  /** Table of that name (case-insensitive) or id, or undefined. */
  findTable(key: string): FakeTableModel | undefined {
    return this.tables.find((t) => t.id === key || sameName(t.name, key));
  }

  /** Adds a sheet at the end (`SheetN` when no name is given). */
  addSheet(name?: string): FakeSheetModel {
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n++)
      if (!this.findSheet(`Sheet${n}`)) chosen = `Sheet${n}`;
    this.checkSheetName(chosen, null);
    const sheet = new FakeSheetModel(this.newId('sheet'), chosen);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /** Renames a sheet, with Excel's rules. */
  renameSheet(sheet: FakeSheetModel, name: string): void {
    this.checkSheetName(name, sheet);
    sheet.name = name;
  }

  /** Moves a sheet to a zero-based position (clamped like Excel). */
  moveSheet(sheet: FakeSheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeRichApiError(
        'InvalidArgument',
        `Invalid sheet position ${position}.`,
        'Worksheet.position',
      );
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** Deletes a sheet with its tables and charts; the last sheet cannot be deleted. */
  deleteSheet(sheet: FakeSheetModel): void {
    if (this.sheets.length <= 1)
      throw new FakeRichApiError(
        'InvalidOperation',
        'A workbook must contain at least one visible worksheet.',
        'Worksheet.delete',
      );
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, index - 1)] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  /**
   * Creates a table over a rectangle whose first row is the header row. As Excel does,
   * blank headers become `ColumnN`, duplicates get a number, and a header-only range
   * gets one empty data row.
   */
  addTable(sheet: FakeSheetModel, rect: CellRect, name?: string): FakeTableModel {
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) {
      throw new FakeRichApiError(
        'InvalidOperation',
        'A table cannot overlap another table.',
        'TableCollection.add',
      );
    }
    const seen = new Set<string>();
    for (let c = 0; c < rect.columnCount; c++) {
      const raw = readValue(sheet.valueAt(rect.row, rect.column + c));
      let header = raw === '' ? `Column${c + 1}` : String(raw);
      for (let n = 2; seen.has(header.toUpperCase()); n++)
        header = `${raw === '' ? 'Column' : String(raw)}${n}`;
      seen.add(header.toUpperCase());
      sheet.setValue(rect.row, rect.column + c, header);
    }
    const finalRect = rect.rowCount > 1 ? rect : { ...rect, rowCount: 2 };
    let chosen = name;
    for (let n = this.tables.length + 1; chosen === undefined; n++)
      if (!this.findTable(`Table${n}`)) chosen = `Table${n}`;
    this.checkTableName(chosen, null);
    const table: FakeTableModel = {
      id: this.newId('table'),
      name: chosen,
      sheet,
      rect: finalRect,
      showHeaders: true,
    };
    this.tables.push(table);
    return table;
  }

  /** Renames a table, with Excel's rules. */
  renameTable(table: FakeTableModel, name: string): void {
    this.checkTableName(name, table);
    table.name = name;
  }

  /** Registers a listener called after each sync that may have changed the workbook. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the listeners that the workbook may have changed. */
  notifyChanged(): void {
    for (const listener of this.listeners) listener();
  }

  private checkSheetName(name: string, self: FakeSheetModel | null): void {
    if (
      name.length === 0 ||
      name.length > 31 ||
      FORBIDDEN_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw new FakeRichApiError(
        'InvalidArgument',
        `Invalid worksheet name '${name}'.`,
        'Worksheet.name',
      );
    }
    const other = this.findSheet(name);
    if (other && other !== self)
      throw new FakeRichApiError(
        'ItemAlreadyExists',
        `A worksheet named '${name}' already exists.`,
        'Worksheet.name',
      );
  }

  private checkTableName(name: string, self: FakeTableModel | null): void {
    const looksLikeCell =
      parseCell(name) !== null || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
    if (!TABLE_NAME.test(name) || name.length > 255 || looksLikeCell) {
      throw new FakeRichApiError('InvalidArgument', `Invalid table name '${name}'.`, 'Table.name');
    }
    const other = this.findTable(name);
    if (other && other !== self)
      throw new FakeRichApiError(
        'InvalidArgument',
        `A table named '${name}' already exists.`,
        'Table.name',
      );
  }
}
