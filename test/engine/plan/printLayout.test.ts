/**
 * The print layout of a sheet: every column fits the page width together at the chosen
 * scale (no column cut across pages), numbers get the width their values need, text lines
 * span the printed columns, and rows of wrapped text are tall enough for their lines.
 */
import fc from 'fast-check';
import type { ColumnFormat, PlanBlock, PlanTable } from '../../../src/engine';
import { PRINT_MARGINS, printLayout } from '../../../src/engine/plan/print/printLayout';
import { displayWidth } from '../../../src/engine/plan/print/displayWidth';
import { wrappedLines } from '../../../src/engine/plan/print/wrappedLines';

/** Printed width of the columns in points (LibreOffice with Carlito, the wider renderer). */
function printedPoints(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + 5.55 * w + 3.9, 0);
}

function pagePoints(orientation: 'portrait' | 'landscape'): number {
  const paper = orientation === 'portrait' ? 8.27 : 11.69;
  return (paper - PRINT_MARGINS.left - PRINT_MARGINS.right) * 72;
}

function table(columns: [string, ColumnFormat, number][], rows: (string | null)[][]): PlanTable {
  return {
    kind: 'table',
    name: 'T',
    row: 3,
    column: 1,
    columns: columns.map(([header, format, width]) => ({ header, format, width })),
    rows,
  };
}

describe('printLayout', () => {
  test('a small table prints at 100 %, portrait, each column as wide as its longest value', () => {
    const layout = printLayout(
      [
        { kind: 'text', row: 1, column: 1, text: 'Titre', style: 'title' },
        table(
          [
            ['Membre', 'text', 20],
            ['Quote-part', 'euro', 15],
          ],
          [['Saint-Aurèle', '1234.5']],
        ),
      ],
      0,
    );
    expect(layout).toMatchObject({ orientation: 'portrait', scale: 100 });
    expect(layout.columnWidths).toEqual(['Saint-Aurèle'.length, '1 234,50 €'.length]);
    expect(layout.blocks[0]).toMatchObject({ kind: 'text', span: 2 });
  });

  test('a long note wraps over the printed width and its row is made taller', () => {
    const note = 'mot '.repeat(60).trim();
    const layout = printLayout(
      [
        { kind: 'text', row: 1, column: 1, text: note, style: 'note' },
        table([['A', 'text', 30]], [['x']]),
      ],
      0,
    );
    const width = layout.columnWidths.reduce((a, b) => a + b, 0);
    const [row, points] = layout.rowHeights.find(([r]) => r === 1) ?? [0, 0];
    expect(row).toBe(1);
    expect(points).toBe(15 * wrappedLines(note, width));
    expect(points).toBeGreaterThan(15);
  });

  test('wide tables: every column fits the page at the chosen scale, numbers are never cut', () => {
    const formats: ColumnFormat[] = ['text', 'euro', 'share', 'number', 'integer'];
    const column = fc.record({
      format: fc.constantFrom(...formats),
      width: fc.integer({ min: 6, max: 90 }),
    });
    const cell = fc.oneof(
      fc.stringMatching(/^[A-Za-zé' -]{1,60}$/),
      fc.integer({ min: -9_999_999, max: 99_999_999 }).map((n) => (n / 100).toFixed(2)),
    );
    fc.assert(
      fc.property(
        fc.array(column, { minLength: 1, maxLength: 14 }),
        fc.array(fc.array(cell, { minLength: 14, maxLength: 14 }), { minLength: 1, maxLength: 6 }),
        (columns, cells) => {
          const rows = cells.map((r) =>
            columns.map((c, k) => {
              const value = r[k] ?? null;
              const numeric = value !== null && /^-?\d+\.\d+$/.test(value);
              return c.format === 'text' ? value : numeric ? value : '1.5';
            }),
          );
          const t = table(
            columns.map((c, k) => [`Colonne ${k}`, c.format, c.width]),
            rows,
          );
          const blocks: PlanBlock[] = [t];
          const layout = printLayout(blocks, 0);
          const usable = (pagePoints(layout.orientation) * 100) / layout.scale;
          expect(printedPoints(layout.columnWidths)).toBeLessThanOrEqual(usable);
          columns.forEach((c, k) => {
            if (c.format === 'text') return;
            for (const r of rows)
              expect(layout.columnWidths[k]).toBeGreaterThanOrEqual(
                displayWidth(r[k] ?? null, c.format),
              );
          });
          for (const [, points] of layout.rowHeights) expect(points % 15).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
