/**
 * The record of the sheets a run wrote, shared by both adapters so that a workbook
 * written by the command line and then by the task pane (or the other way round) agrees
 * on which sheets are QuotePart's: custom document properties (docProps/custom.xml in the
 * file; `workbook.properties.custom` in Office.js, ExcelApi 1.7), text values, the sheet
 * names separated by `/` (a character no sheet name may hold).
 *
 * Excel outside the web trims a custom property's value to 255 characters, and a full
 * run writes more names than that (the sample: 17 sheets, 330 characters). So the list
 * is cut, at name boundaries, into values of at most 255 characters: the first under
 * `QuotePart.FeuillesEcrites`, the next ones under `QuotePart.FeuillesEcrites.2`, `.3`…
 * Keys are compared without case, as Office does.
 */

/** Key of the first (often only) property of the record. */
export const OWNED_SHEETS_PROPERTY = 'QuotePart.FeuillesEcrites';

/** Longest value Excel keeps in a custom property (outside Excel on the web). */
export const MAX_PROPERTY_VALUE = 255;

/** Separator of the names in a value: `/` cannot appear in a sheet name. */
const SEPARATOR = '/';

/** One custom property of the record. */
export interface RecordProperty {
  readonly key: string;
  readonly value: string;
}

/** Key of the `index`-th (0-based) property of the record. */
function keyOf(index: number): string {
  return index === 0 ? OWNED_SHEETS_PROPERTY : `${OWNED_SHEETS_PROPERTY}.${index + 1}`;
}

/** Whether a custom property key belongs to the record (any part of it, any case). */
export function isRecordKey(key: string): boolean {
  const lower = key.toLowerCase();
  const base = OWNED_SHEETS_PROPERTY.toLowerCase();
  return lower === base || new RegExp(`^${base.replace('.', '\\.')}\\.[1-9]\\d*$`).test(lower);
}

/** The properties that record `names` (at least one, empty value for no sheet). */
export function encodeOwnedSheets(names: readonly string[]): RecordProperty[] {
  const values: string[] = [];
  let current: string | null = null;
  for (const name of names) {
    if (current === null) current = name;
    else if (current.length + SEPARATOR.length + name.length <= MAX_PROPERTY_VALUE)
      current += SEPARATOR + name;
    else {
      values.push(current);
      current = name;
    }
  }
  values.push(current ?? '');
  return values.map((value, index) => ({ key: keyOf(index), value }));
}

/**
 * The names recorded, from the custom properties of a workbook (`valueOf(key)` gives
 * the value of a key compared without case, or null when absent); null when the
 * workbook has no record.
 */
export function decodeOwnedSheets(valueOf: (key: string) => string | null): string[] | null {
  const first = valueOf(keyOf(0));
  if (first === null) return null;
  const names: string[] = [];
  let value: string | null = first;
  for (let index = 1; value !== null; index++) {
    if (value !== '') names.push(...value.split(SEPARATOR));
    value = valueOf(keyOf(index));
  }
  return names;
}
