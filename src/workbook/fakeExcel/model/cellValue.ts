/**
 * What a cell of the fake workbook holds, and how Excel turns what a program writes into
 * it: text that looks like a number becomes a number unless the cell is formatted as
 * text (`@`), `TRUE`/`FALSE` become booleans, `#N/A`-style text becomes an error value.
 */
import { FakeRichApiError } from '../fakeErrors';

/** An Excel error value (`#N/A`, `#DIV/0!`…). */
export interface FakeErrorValue {
  readonly error: string;
}

/** A stored cell value; an empty cell is not stored. */
export type FakeCellValue = number | string | boolean | FakeErrorValue;

/** `Excel.RangeValueType` values the fake produces. */
export type FakeValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

const ERROR_TEXTS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
]);
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Whether a value is an error value. */
export function isErrorValue(value: unknown): value is FakeErrorValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FakeErrorValue).error === 'string'
  );
}

/**
 * The value stored when a program writes `input` into a cell whose number format is
 * `numberFormat`; `undefined` means "leave the cell as it is" (a `null` in a values array).
 * `''` clears the cell. Throws `InvalidArgument` for what Excel refuses or the fake does not model.
 */
export function storedValue(input: unknown, numberFormat: string): FakeCellValue | '' | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input))
      throw new FakeRichApiError(
        'InvalidArgument',
        `Invalid number ${String(input)}.`,
        'Range.values',
      );
    return input;
  }
  if (typeof input === 'boolean') return input;
  if (typeof input !== 'string')
    throw new FakeRichApiError(
      'InvalidArgument',
      'A cell value must be a number, a string or a boolean.',
      'Range.values',
    );
  if (input === '') return '';
  if (numberFormat === '@') return input;
  if (input.startsWith("'")) return input.slice(1);
  if (input.startsWith('='))
    throw new FakeRichApiError(
      'InvalidArgument',
      'Formulas are not modelled by the fake Excel.',
      'Range.values',
    );
  if (NUMBER_TEXT.test(input)) return Number(input);
  if (/^(true|false)$/i.test(input)) return input.toLowerCase() === 'true';
  if (ERROR_TEXTS.has(input.toUpperCase())) return { error: input.toUpperCase() };
  return input;
}

/** What `Range.values` returns for a stored value (`''` for empty, the text of an error). */
export function readValue(value: FakeCellValue | undefined): number | string | boolean {
  if (value === undefined) return '';
  return isErrorValue(value) ? value.error : value;
}

/** What `Range.valueTypes` returns for a stored value. */
export function valueType(value: FakeCellValue | undefined): FakeValueType {
  if (value === undefined || value === '') return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'string') return 'String';
  return 'Error';
}
