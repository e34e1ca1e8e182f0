import { runQuotePart, type Problem, type RawWorkbook } from '../../../src/engine';
import { readProblemsOfTablesRead } from '../../../src/engine/input/readProblemsOfTablesRead';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';

const merge = (table: string, sheet: string, range: string): Problem => ({
  severity: 'warning',
  code: 'FUSION_CELLULES',
  table,
  row: 1,
  column: null,
  value: range,
  message: `Cellules fusionnées ${range}`,
  sheet,
});

/** The sample plus a cover sheet and an Excel table QuotePart does not read. */
function withMerges(): RawWorkbook {
  const sample = sampleRawWorkbook();
  const charges = sample.tables.find((t) => t.name === 'Charges');
  if (charges === undefined) throw new Error('Charges absent');
  const unreadable: Problem = {
    severity: 'warning',
    code: 'PARTIE_ILLISIBLE',
    table: 'Classeur',
    row: null,
    column: null,
    value: null,
    message: 'illisible',
  };
  return {
    ...sample,
    tables: [
      ...sample.tables,
      {
        name: 'Couverture',
        sheet: 'Couverture',
        source: 'sheet',
        headerRow: 1,
        firstColumn: 1,
        headers: ['Budget 2026'],
        rows: [],
      },
      {
        name: 'Notes',
        sheet: 'Couverture',
        source: 'table',
        headerRow: 5,
        firstColumn: 1,
        headers: ['Note'],
        rows: [],
      },
    ],
    sheetNames: [...sample.sheetNames, 'Couverture'],
    readProblems: [
      merge('Couverture', 'Couverture', 'A1:F1'),
      merge(charges.name, charges.sheet, 'B3:B4'),
      merge('Notes', 'Couverture', 'A6:A7'),
      unreadable,
    ],
  };
}

describe('readProblemsOfTablesRead', () => {
  it('keeps merged-cell warnings of the tables read only, and every other read problem', () => {
    expect(readProblemsOfTablesRead(withMerges()).map((p) => `${p.code} ${p.table}`)).toEqual([
      'FUSION_CELLULES Charges',
      'PARTIE_ILLISIBLE Classeur',
    ]);
  });

  it('is what a run reports: no warning for the cover sheet, nor in QP Problèmes', () => {
    const outcome = runQuotePart(withMerges(), {
      generatedAt: '2026-01-01T00:00:00.000Z',
      version: 'test',
      source: 'test',
      host: 'cli',
    });
    const merges = outcome.problems.filter((p) => p.code === 'FUSION_CELLULES');
    expect(merges.map((p) => [p.table, p.value])).toEqual([['Charges', 'B3:B4']]);
  });

  it('returns the problems as they are when none concerns one table', () => {
    const workbook = { ...sampleRawWorkbook(), readProblems: [] };
    expect(readProblemsOfTablesRead(workbook)).toEqual([]);
    expect(readProblemsOfTablesRead(sampleRawWorkbook())).toEqual([]);
  });
});
