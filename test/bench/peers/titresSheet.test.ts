import { writeBenchWorkbook } from '../../../scripts/generate-bench-workbook';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxWorkbookSync } from '../../../src/workbook/xlsx/read/readXlsxWorkbook';
import {
  buildFormulaTemplate,
  columnLetters,
  serviceColumn,
} from '../../../bench/peers/formulaTemplate';
import { titresArrays, TITRES_AMOUNT_COLUMN } from '../../../bench/peers/titresSheet';
import { median } from '../../../bench/peers/interleavedRounds';

async function smallTemplate() {
  const outPath = join(mkdtempSync(join(tmpdir(), 'titres-')), 'bench.xlsx');
  await writeBenchWorkbook({ members: 12, services: 10, outPath });
  const bytes = readFileSync(outPath);
  return buildFormulaTemplate(
    readXlsxWorkbookSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    'totals-row',
  );
}

describe('Titres sheet of the same-work template', () => {
  test('one line per member and service, amount and base de liquidation as formulas', async () => {
    const template = await smallTemplate();
    const rows = titresArrays(template);
    expect(rows).toHaveLength(1 + template.members.length * template.services.length);
    rows.slice(1).forEach((row, k) => {
      const member = Math.floor(k / template.services.length);
      const s = k % template.services.length;
      const col = columnLetters(serviceColumn(template, s));
      expect(row[0]).toBe(member + 1);
      expect(row[1]).toBe(s + 1);
      expect(row[TITRES_AMOUNT_COLUMN - 1]).toBe(`=Repartition!${col}${member + 2}`);
      const base = row[TITRES_AMOUNT_COLUMN];
      expect(typeof base).toBe('string');
      expect(base).toMatch(/^="(Service|Mise à disposition) « "&Couts!\$A\$\d+&/);
      expect(base).toContain(`TEXT(I${k + 2},"#,##0.00")`);
      expect(base).toContain(`Repartition!`);
    });
  });
});

describe('median', () => {
  test('odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
