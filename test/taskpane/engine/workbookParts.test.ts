import type { RawWorkbook } from '../../../src/engine';
import {
  splitWorkbook,
  UPLOAD_NOT_KEPT,
  UploadedWorkbooks,
} from '../../../src/taskpane/engine/workbookParts';

/** A workbook with one large table (row numbers given), one small table and read problems. */
function workbook(rows: number): RawWorkbook {
  return {
    sheetNames: ['Membres', 'Charges'],
    readProblems: [
      {
        severity: 'warning',
        code: 'FUSION_CELLULES',
        table: 'Membres',
        row: null,
        column: null,
        value: null,
        message: 'fusion',
      },
    ],
    tables: [
      {
        name: 'Membres',
        sheet: 'Membres',
        source: 'sheet',
        headerRow: 2,
        firstColumn: 1,
        headers: ['Membre', 'Poids', 'Entrée'],
        rows: Array.from({ length: rows }, (_, i) => [
          `M${i}`,
          i,
          { kind: 'date', iso: '2026-01-01' },
        ]),
        rowNumbers: Array.from({ length: rows }, (_, i) => 3 + 2 * i),
      },
      {
        name: 'Charges',
        sheet: 'Charges',
        source: 'table',
        headerRow: 1,
        firstColumn: 1,
        headers: ['Service', 'Montant'],
        rows: [['Messagerie', 12.5]],
      },
    ],
  };
}

describe('splitWorkbook and UploadedWorkbooks', () => {
  it.each([0, 1, 3, 4, 10, 31])('put %i rows back together exactly', (rows) => {
    const original = workbook(rows);
    const parts = splitWorkbook(original, 10);
    for (const part of parts)
      if (part.kind === 'rows') expect(part.rows.length * 3).toBeLessThanOrEqual(10);
    const uploads = new UploadedWorkbooks();
    for (const part of structuredClone(parts)) uploads.receive(4, part);
    expect(uploads.workbook(4)).toEqual(original);
  });

  it('refuses an incomplete upload, and one no longer kept', () => {
    const parts = splitWorkbook(workbook(7), 9);
    const uploads = new UploadedWorkbooks(1);
    for (const part of parts.slice(0, -1)) uploads.receive(1, part);
    expect(() => uploads.workbook(1)).toThrow('6 lignes reçues sur 7');
    uploads.receive(2, parts[0]!);
    expect(() => uploads.workbook(1)).toThrow(UPLOAD_NOT_KEPT);
    expect(() => uploads.receive(1, parts[1]!)).toThrow(UPLOAD_NOT_KEPT);
  });
});
