/**
 * Fake `Excel.Range`: values, value types, number formats, bold, column widths and
 * selection over a rectangle of a sheet. Writes check the array shape like Excel
 * (`InvalidArgument` when it does not match the range); one value is applied to every cell.
 */
import { fullAddress, type CellRect } from '../a1';
import { FakeRichApiError } from '../fakeErrors';
import { readValue, storedValue, valueType } from '../model/cellValue';
import type { RangeRef } from '../model/sheetModel';
import { FakeClientObject } from '../runtime/clientObject';
import type { FakeRequestContextCore } from '../runtime/requestContext';
import { FakeRangeFormat } from './fakeRangeFormat';
import { FakeWorksheet } from './fakeWorksheet';

function cellsOf(rect: CellRect, pick: (row: number, column: number) => unknown): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < rect.columnCount; c++) row.push(pick(rect.row + r, rect.column + c));
    rows.push(row);
  }
  return rows;
}

/** Checks that `input` is one value or a 2-D array of the range's size; returns the cell picker. */
export function shapeOf(
  input: unknown,
  rect: CellRect,
  location: string,
): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const ok =
    rows.length === rect.rowCount &&
    rows.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!ok)
    throw new FakeRichApiError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      location,
    );
  return (r, c) => (rows[r] as unknown[])[c];
}

/** A fake range proxy. */
export class FakeRange extends FakeClientObject<RangeRef> {
  protected readonly typeName = 'Range';
  protected readonly scalarProperties = [
    'address',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'values',
    'valueTypes',
    'numberFormat',
  ];
  private formatProxy: FakeRangeFormat | undefined;

  constructor(core: FakeRequestContextCore, resolver: () => RangeRef | null) {
    super(core, resolver);
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(input: unknown[][]) {
    this.queueWrite(
      'Range.values',
      input,
      ({ sheet, rect }) => {
        const pick = shapeOf(input, rect, 'Range.values');
        for (let r = 0; r < rect.rowCount; r++) {
          for (let c = 0; c < rect.columnCount; c++) {
            const value = pick(r, c);
            const row = rect.row + r;
            const column = rect.column + c;
            const stored = storedValue(
              value,
              typeof value === 'string' ? sheet.numberFormatAt(row, column) : '',
            );
            if (stored !== undefined) sheet.setValue(row, column, stored);
          }
        }
      },
      'values',
    );
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(input: unknown[][] | string) {
    this.queueWrite(
      'Range.numberFormat',
      input,
      ({ sheet, rect }) => {
        const pick = shapeOf(input, rect, 'Range.numberFormat');
        const first = pick(0, 0);
        const uniform =
          !Array.isArray(input) ||
          input.every((row) => (row as unknown[]).every((f) => f === first));
        if (uniform) {
          if (typeof first === 'string') sheet.addLayer({ rect, numberFormat: first });
          return;
        }
        for (let r = 0; r < rect.rowCount; r++) {
          for (let c = 0; c < rect.columnCount; c++) {
            const format = pick(r, c);
            if (typeof format === 'string')
              sheet.addLayer({
                rect: { row: rect.row + r, column: rect.column + c, rowCount: 1, columnCount: 1 },
                numberFormat: format,
              });
          }
        }
      },
      'numberFormat',
    );
  }

  /** Format of the range (font, column width). */
  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.core, () => this.targetOrNull());
    return this.formatProxy;
  }

  private worksheetProxy: FakeWorksheet | undefined;

  /** Worksheet of the range. */
  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.core, () => this.targetOrNull()?.sheet ?? null);
    return this.worksheetProxy;
  }

  /** Selects the range (and activates its sheet). */
  /** Merges the range into one cell (`across`: one merged cell per row instead). */
  merge(across = false): void {
    this.queueWrite('Range.merge', across, ({ sheet, rect }) => {
      if (!across) sheet.merges.push(rect);
      else
        for (let r = 0; r < rect.rowCount; r++)
          sheet.merges.push({ ...rect, row: rect.row + r, rowCount: 1 });
    });
  }

  select(): void {
    this.queueWrite('Range.select', null, (ref) => {
      const model = this.core.session.model;
      model.activeSheet = ref.sheet;
      model.selection = ref;
    });
  }

  protected override navigate(property: string): FakeClientObject<object> | undefined {
    if (property === 'format') return this.format;
    if (property === 'worksheet') return this.worksheet;
    return undefined;
  }

  protected readProperty({ sheet, rect }: RangeRef, property: string): unknown {
    switch (property) {
      case 'address':
        return fullAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.column;
      case 'rowCount':
        return rect.rowCount;
      case 'columnCount':
        return rect.columnCount;
      case 'values':
        return cellsOf(rect, (r, c) => readValue(sheet.valueAt(r, c)));
      case 'valueTypes':
        return cellsOf(rect, (r, c) => valueType(sheet.valueAt(r, c)));
      case 'numberFormat':
        return cellsOf(rect, (r, c) => sheet.numberFormatAt(r, c));
      default:
        throw this.unknownProperty(property);
    }
  }
}
