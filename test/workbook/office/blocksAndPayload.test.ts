/** Payload estimation, block splitting, request packing and Excel dates. */
import fc from 'fast-check';
import { packUnits } from '../../../src/workbook/office/batchedRequests';
import { halveBlock, splitIntoBlocks } from '../../../src/workbook/office/blockSplitter';
import {
  isDateNumberFormat,
  isoToSerial,
  serialToIso,
} from '../../../src/workbook/office/excelDates';
import { cellBytes, rowBytes, type ExcelCellValue } from '../../../src/workbook/office/payloadSize';
import { excelValueOf } from '../../../src/workbook/office/planCells';
import { CALL_OVERHEAD_BYTES } from '../../../src/workbook/office/requestLimits';

const utf8 = (text: string): number => new TextEncoder().encode(text).length;
const cell = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(''),
);
const row = fc.array(cell, { minLength: 1, maxLength: 8 });

describe('properties', () => {
  it('estimates exactly the UTF-8 size of the JSON of a cell and of a row', () => {
    fc.assert(
      fc.property(row, (cells: ExcelCellValue[]) => {
        for (const value of cells) expect(cellBytes(value)).toBe(utf8(JSON.stringify(value)));
        expect(rowBytes(cells)).toBe(utf8(JSON.stringify(cells)) + 1);
      }),
    );
  });

  it('splits rows into blocks that keep every row, in order, within the limits', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 300, max: 5000 }),
        (rows, maxRows, maxBytes) => {
          const blocks = splitIntoBlocks(rows, { maxRows, maxBytes });
          expect(blocks.flatMap((b) => b.rows)).toEqual(rows);
          let start = 0;
          for (const block of blocks) {
            expect(block.start).toBe(start);
            start += block.rows.length;
            expect(block.rows.length).toBeLessThanOrEqual(maxRows);
            expect(block.bytes).toBe(
              CALL_OVERHEAD_BYTES + block.rows.reduce((s, r) => s + rowBytes(r), 0),
            );
            if (block.rows.length > 1) expect(block.bytes).toBeLessThanOrEqual(maxBytes);
          }
        },
      ),
    );
  });

  it('halves a block into two parts that together are the block', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 50 }), (rows) => {
        const [block] = splitIntoBlocks(rows, { maxRows: 1000, maxBytes: 1e9 });
        const halves = halveBlock(block!);
        expect(halves).not.toBeNull();
        expect([...halves![0].rows, ...halves![1].rows]).toEqual(rows);
        expect(halves![1].start).toBe(halves![0].rows.length);
      }),
    );
  });

  it('packs units in order, each request within the limits unless a unit alone exceeds them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            bytes: fc.integer({ min: 1, max: 1000 }),
            rows: fc.integer({ min: 1, max: 100 }),
          }),
        ),
        (units) => {
          const requests = packUnits(units, { size: (u) => u }, 2000, 150);
          expect(requests.flat()).toEqual(units);
          for (const request of requests) {
            if (request.length === 1) continue;
            expect(request.reduce((s, u) => s + u.bytes, 0)).toBeLessThanOrEqual(2000);
            expect(request.reduce((s, u) => s + u.rows, 0)).toBeLessThanOrEqual(150);
          }
        },
      ),
    );
  });

  it('turns ISO dates into serials and back', () => {
    expect(serialToIso((isoToSerial('9999-12-31') as number) + 0.75)).toBe('9999-12-31');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 2, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const serial = isoToSerial(iso);
          expect(serial).not.toBeNull();
          expect(serialToIso(serial! + 0.75)).toBe(iso);
        },
      ),
    );
  });
});

describe('Excel dates and plan cells', () => {
  it('knows Excel serials', () => {
    expect(isoToSerial('2026-01-31')).toBe(46053);
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('2026-02-30')).toBeNull();
    expect(serialToIso(60)).toBe('1900-02-28');
    expect(serialToIso(1)).toBe('1900-01-01');
  });

  it('recognises date number formats', () => {
    expect(
      ['dd/mm/yyyy', 'm/d/yyyy', '[$-fr-FR]d mmmm yyyy', 'yyyy-mm-dd;@'].map(isDateNumberFormat),
    ).toEqual([true, true, true, true]);
    expect(
      ['General', '@', '#,##0.00 "€";-#,##0.00 "€"', '0.00%', '0.0"d"'].map(isDateNumberFormat),
    ).toEqual([false, false, false, false, false]);
  });

  it('converts plan cells at the edge and rejects what does not fit the column format', () => {
    expect(excelValueOf('-1234.50', 'euro')).toBe(-1234.5);
    expect(excelValueOf('0.0000285714', 'share')).toBe(0.0000285714);
    expect(excelValueOf(null, 'euro')).toBe('');
    expect(excelValueOf('00123', 'text')).toBe('00123');
    expect(excelValueOf('2026-01-31', 'date')).toBe(46053);
    expect(['1e5', '1 234,50', '0x10', '', '12.'].map((v) => excelValueOf(v, 'number'))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(excelValueOf('31/01/2026', 'date')).toBeNull();
  });
});
