/**
 * The owned-sheets record shared by both adapters: any list of sheet names survives
 * encoding into custom properties of at most 255 characters each, and back.
 */
import fc from 'fast-check';
import {
  MAX_PROPERTY_VALUE,
  OWNED_SHEETS_PROPERTY,
  decodeOwnedSheets,
  encodeOwnedSheets,
  isRecordKey,
} from '../../../src/workbook/ownership/ownedSheetsRecord';

/** A sheet name Excel accepts: 1 to 31 characters, none of `\ / ? * [ ] :`. */
const sheetName = fc
  .string({ minLength: 1, maxLength: 31, unit: 'grapheme' })
  .map((s) => s.replace(/[\\/?*[\]:]/g, '_'))
  .filter((s) => s.length >= 1 && s.length <= 31);

function lookup(properties: readonly { key: string; value: string }[]) {
  return (key: string): string | null =>
    properties.find((p) => p.key.toLowerCase() === key.toLowerCase())?.value ?? null;
}

describe('owned-sheets record', () => {
  it('round-trips any list of sheet names, each value within Excel’s 255 characters', () => {
    fc.assert(
      fc.property(fc.array(sheetName, { maxLength: 60 }), (names) => {
        const properties = encodeOwnedSheets(names);
        expect(properties.length).toBeGreaterThanOrEqual(1);
        for (const p of properties) {
          expect(p.value.length).toBeLessThanOrEqual(MAX_PROPERTY_VALUE);
          expect(isRecordKey(p.key)).toBe(true);
        }
        expect(decodeOwnedSheets(lookup(properties))).toEqual(names);
      }),
    );
  });

  it('splits 17 long sheet names (465 characters) into two properties, the second `.2`', () => {
    const names = Array.from({ length: 17 }, (_, i) => `QP Annexe Service numéro ${i + 1}`);
    const properties = encodeOwnedSheets(names);
    expect(properties.map((p) => p.key)).toEqual([
      OWNED_SHEETS_PROPERTY,
      `${OWNED_SHEETS_PROPERTY}.2`,
    ]);
    expect(properties[0]?.value.startsWith('QP Annexe Service numéro 1/')).toBe(true);
  });

  it('records “no sheet” as one empty value, and tells it from “no record”', () => {
    expect(encodeOwnedSheets([])).toEqual([{ key: OWNED_SHEETS_PROPERTY, value: '' }]);
    expect(decodeOwnedSheets(lookup([{ key: OWNED_SHEETS_PROPERTY, value: '' }]))).toEqual([]);
    expect(decodeOwnedSheets(() => null)).toBeNull();
  });

  it('reads keys without case, and ignores a continuation without its first part', () => {
    expect(
      decodeOwnedSheets(
        lookup([
          { key: 'quotepart.feuillesecrites', value: 'QP A' },
          { key: 'QUOTEPART.FEUILLESECRITES.2', value: 'QP B' },
        ]),
      ),
    ).toEqual(['QP A', 'QP B']);
    expect(
      decodeOwnedSheets(lookup([{ key: `${OWNED_SHEETS_PROPERTY}.2`, value: 'QP B' }])),
    ).toBeNull();
    expect(isRecordKey(`${OWNED_SHEETS_PROPERTY}.0`)).toBe(false);
    expect(isRecordKey(`${OWNED_SHEETS_PROPERTY}X`)).toBe(false);
  });
});
