/**
 * Fake `Excel.TableCollection` and `Excel.Table`: tables added over a range whose first
 * row holds the headers, renamed with Excel's rules, and their header, body and whole ranges.
 */
import { parseRect } from '../a1';
import { FakeRichApiError } from '../fakeErrors';
import type { FakeSheetModel, RangeRef } from '../model/sheetModel';
import type { FakeTableModel } from '../model/workbookModel';
import { FakeClientObject } from '../runtime/clientObject';
import { FakeCollection } from '../runtime/collection';
import type { FakeRequestContextCore } from '../runtime/requestContext';
import { FakeRange } from './fakeRange';
import { FakeWorksheet, checkRect } from './fakeWorksheet';

/** A fake table proxy. */
export class FakeTable extends FakeClientObject<FakeTableModel> {
  protected readonly typeName = 'Table';
  protected readonly scalarProperties = ['id', 'name', 'showHeaders', 'showTotals'];

  get id(): string {
    return this.loadedValue('id');
  }
  get name(): string {
    return this.loadedValue('name');
  }
  set name(value: string) {
    this.queueWrite(
      'Table.name',
      value,
      (table) => this.core.session.model.renameTable(table, value),
      'name',
    );
  }
  get showHeaders(): boolean {
    return this.loadedValue('showHeaders');
  }
  /** Always false: the fake does not model totals rows. */
  get showTotals(): boolean {
    return this.loadedValue('showTotals');
  }

  private worksheetProxy: FakeWorksheet | undefined;

  /** Worksheet holding the table. */
  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.core, () => this.targetOrNull()?.sheet ?? null);
    return this.worksheetProxy;
  }

  /** Header row and data rows. */
  getRange(): FakeRange {
    return this.range((t) => t.rect);
  }

  /** Header row. */
  getHeaderRowRange(): FakeRange {
    return this.range((t) => ({ ...t.rect, rowCount: 1 }));
  }

  /** Data rows. */
  getDataBodyRange(): FakeRange {
    return this.range((t) => ({ ...t.rect, row: t.rect.row + 1, rowCount: t.rect.rowCount - 1 }));
  }

  /** Removes the table (its cells stay). */
  delete(): void {
    this.queueWrite('Table.delete', null, (table) => {
      const tables = this.core.session.model.tables;
      tables.splice(tables.indexOf(table), 1);
    });
  }

  protected override navigate(property: string): FakeClientObject<object> | undefined {
    return property === 'worksheet' ? this.worksheet : undefined;
  }

  protected readProperty(table: FakeTableModel, property: string): unknown {
    switch (property) {
      case 'id':
        return table.id;
      case 'name':
        return table.name;
      case 'showHeaders':
        return table.showHeaders;
      case 'showTotals':
        return false;
      default:
        throw this.unknownProperty(property);
    }
  }

  private range(pick: (table: FakeTableModel) => RangeRef['rect']): FakeRange {
    return new FakeRange(this.core, () => {
      const table = this.target();
      return { sheet: table.sheet, rect: pick(table) };
    }).queueResolve();
  }
}

/** A fake table collection (of the workbook, or of one sheet when `sheet` is given). */
export class FakeTableCollection extends FakeCollection<FakeTableModel, FakeTable> {
  protected readonly typeName = 'TableCollection';
  private readonly defaultSheet: (() => FakeSheetModel) | undefined;

  constructor(
    core: FakeRequestContextCore,
    list: () => readonly FakeTableModel[],
    defaultSheet?: () => FakeSheetModel,
  ) {
    super(core, list);
    this.defaultSheet = defaultSheet;
  }

  /** Creates a table over a range (or an address, `Sheet!A1:C3` on the workbook's collection). */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    const proxy = new FakeTable(this.core, () => null);
    const payload = typeof address === 'string' ? address : 'range';
    this.queueWrite('TableCollection.add', [payload, hasHeaders], () => {
      if (!hasHeaders)
        throw new FakeRichApiError(
          'InvalidArgument',
          'The fake Excel models only tables with headers.',
          'TableCollection.add',
        );
      const ref = typeof address === 'string' ? this.resolveAddress(address) : address.target();
      proxy.bind(this.core.session.model.addTable(ref.sheet, ref.rect));
    });
    return proxy;
  }

  /** Table of that name or id; `ItemNotFound` at sync when absent. */
  getItem(key: string): FakeTable {
    return new FakeTable(this.core, () => {
      const table = this.find(key);
      if (!table)
        throw new FakeRichApiError(
          'ItemNotFound',
          `The requested table '${key}' doesn't exist.`,
          'TableCollection.getItem',
        );
      return table;
    }).queueResolve();
  }

  /** Table of that name or id, or a null object. */
  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.core, () => this.find(key) ?? null).queueResolve();
  }

  protected wrap(table: FakeTableModel): FakeTable {
    return new FakeTable(this.core, () => table);
  }

  private find(key: string): FakeTableModel | undefined {
    const table = this.core.session.model.findTable(key);
    return table && this.target().list().includes(table) ? table : undefined;
  }

  private resolveAddress(address: string): RangeRef {
    const bang = address.lastIndexOf('!');
    const sheetPart =
      bang >= 0
        ? address
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'")
        : null;
    const sheet =
      sheetPart !== null ? this.core.session.model.findSheet(sheetPart) : this.defaultSheet?.();
    const rect = parseRect(bang >= 0 ? address.slice(bang + 1) : address);
    if (!sheet || !rect)
      throw new FakeRichApiError(
        'InvalidArgument',
        `Invalid table address '${address}'.`,
        'TableCollection.add',
      );
    return { sheet, rect: checkRect(rect, 'TableCollection.add') };
  }
}
